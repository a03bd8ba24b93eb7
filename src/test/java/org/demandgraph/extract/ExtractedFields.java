package org.demandgraph.extract;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads what the held-out evaluation needs from extracted facts by record component name ({@code date},
 * {@code arrests}) and finds every {@link Evidence} inside them, so the evaluation compiles against
 * the placeholder records as well as the grown ones.
 */
final class ExtractedFields {

    private ExtractedFields() {}

    /** The year of the operation's date ({@code date().year()}), empty when it has none. */
    static OptionalInt year(Operation op) {
        Object date = component(op, "date");
        return date == null ? OptionalInt.empty() : OptionalInt.of((Integer) call(date, "year"));
    }

    /** The date as written in the graph ("2014", "2014-02", "2014-02-14"), or null. */
    static String dateLexical(Operation op) {
        Object date = component(op, "date");
        return date == null ? null : (String) call(date, "lexical");
    }

    /** The operation's arrest count ({@code arrests().value()}), empty when it has none. */
    static OptionalInt arrests(Operation op) {
        Object count = component(op, "arrests");
        return count == null ? OptionalInt.empty() : OptionalInt.of((Integer) call(count, "value"));
    }

    /** The evidence of the facts that is not verbatim at its offsets in the text, as "[start,end)". */
    static List<String> notVerbatim(Object facts, String text) {
        List<String> wrong = new ArrayList<>();
        for (Evidence ev : evidence(facts)) {
            boolean inside = ev.start() >= 0 && ev.start() <= ev.end() && ev.end() <= text.length();
            if (!inside || !text.substring(ev.start(), ev.end()).equals(ev.exact())) wrong.add("[" + ev.start() + "," + ev.end() + ")");
        }
        return wrong;
    }

    /** Every evidence reachable from the value through record components and collections. */
    static List<Evidence> evidence(Object value) {
        List<Evidence> found = new ArrayList<>();
        collect(value, found);
        return found;
    }

    private static void collect(Object value, List<Evidence> found) {
        if (value instanceof Evidence e) found.add(e);
        else if (value instanceof Collection<?> c) c.forEach(v -> collect(v, found));
        else if (value != null && value.getClass().isRecord())
            for (RecordComponent rc : value.getClass().getRecordComponents()) collect(invoke(rc.getAccessor(), value), found);
    }

    private static Object component(Object record, String name) {
        for (RecordComponent rc : record.getClass().getRecordComponents())
            if (rc.getName().equals(name)) return invoke(rc.getAccessor(), record);
        return null;
    }

    private static Object call(Object target, String method) {
        try {
            return invoke(target.getClass().getMethod(method), target);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(target.getClass().getSimpleName() + " has no " + method + "()", e);
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            m.setAccessible(true);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + m.getName() + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
