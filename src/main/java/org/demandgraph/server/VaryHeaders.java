package org.demandgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps {@code Vary} whole. Every answer varies on {@code Origin} (the CORS headers are part of it) and,
 * behind {@link Compression}, on {@code Accept-Encoding}; the servlets then set {@code Vary: Accept} as
 * they negotiate. Setting {@code Vary} here adds to what is already there instead of replacing it, so no
 * cache is told an answer is the same for every {@code Origin} or encoding.
 */
final class VaryHeaders implements Filter {

    static final String ALWAYS = "Origin";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Vary", merge(response.getHeader("Vary"), ALWAYS));
        chain.doFilter(req, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (isVary(name) && value != null) super.setHeader(name, merge(getHeader(name), value));
                else super.setHeader(name, value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (isVary(name)) setHeader(name, value);
                else super.addHeader(name, value);
            }
        });
    }

    private static boolean isVary(String name) {
        return "Vary".equalsIgnoreCase(name);
    }

    /** The union of two {@code Vary} values, first seen first, names compared case-insensitively. */
    static String merge(String existing, String added) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : new String[] {existing, added}) {
            if (value == null) continue;
            for (String name : value.split(",")) {
                String n = name.trim();
                if (!n.isEmpty()) names.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
            }
        }
        return String.join(", ", names.values());
    }
}
