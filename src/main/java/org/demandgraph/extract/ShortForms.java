package org.demandgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short forms of a fuller name in the same profile: "Windsor Locks Police" of "Windsor Locks Police Department",
 * "the Elm County Sheriff's Department" of "the Elm County Sheriff's Office", "the FBI Task Force" of its one longer name.
 */
final class ShortForms {

    private static final Pattern SHERIFFS_DEPARTMENT = Pattern.compile(".*Sheriff[’']s Department");

    private ShortForms() {}

    /** Each name of {@code names} (in their order) to its fuller name, or to itself. */
    static Map<String, String> canonical(Set<String> names) {
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String name : names) {
            String full = null;
            String policeDepartment = names.stream()
                    .filter(n -> n.equalsIgnoreCase(name + " Department")).findFirst().orElse(null);
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(" police") && policeDepartment != null) full = policeDepartment;
            else if (SHERIFFS_DEPARTMENT.matcher(name).matches() && names.contains(officeOf(name)))
                full = officeOf(name);
            else if (names.contains(name + "’s Office") || names.contains(name + "'s Office"))
                full = names.contains(name + "’s Office") ? name + "’s Office" : name + "'s Office";
            else {
                List<String> longer = names.stream()
                        .filter(n -> n.length() > name.length() && n.startsWith(name + " ")).toList();
                if (longer.size() == 1 && !name.contains(" of ")) full = longer.get(0);
            }
            canonical.put(name, full == null ? name : full);
        }
        return canonical;
    }

    /** Whether {@code name} is a sheriff's department ("X Sheriff's Department"). */
    static boolean sheriffsDepartment(String name) {
        return SHERIFFS_DEPARTMENT.matcher(name).matches();
    }

    /** "X Sheriff's Department" → "X Sheriff's Office". */
    private static String officeOf(String sheriffsDepartment) {
        return sheriffsDepartment.substring(0, sheriffsDepartment.length() - "Department".length()) + "Office";
    }
}
