package org.demandgraph.server.linkeddata;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** The Pebble templates under {@code demandgraph/templates/}, with autoescaping on (HTML). */
public final class Templates {

    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("demandgraph/templates/");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .defaultLocale(Locale.US) // numberformat: "1,234" whatever the machine's locale
                .build();
    }

    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
