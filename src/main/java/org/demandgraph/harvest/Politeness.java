package org.demandgraph.harvest;

import java.time.Duration;

/**
 * How gently the harvester asks.
 *
 * @param delay       the least time between two requests (robots.txt's Crawl-delay wins when longer)
 * @param userAgent   the User-Agent sent with every request; its first word is the robots.txt product token
 * @param attempts    tries per request on 429, 5xx or a broken connection
 * @param backoff     the wait after the first failure, doubled after each further one (a Retry-After wins)
 * @param longestWait the longest Retry-After honoured; a server asking for more fails the page
 * @param timeout     per request
 */
public record Politeness(Duration delay, String userAgent, int attempts, Duration backoff, Duration longestWait, Duration timeout) {

    public static final String USER_AGENT = "demandgraph-harvest/0.1 (research crawler; https://w3id.org/demandgraph/; one request per second)";

    public static Politeness defaults() {
        return new Politeness(Duration.ofSeconds(1), USER_AGENT, 4, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofSeconds(30));
    }

    public Politeness withDelay(Duration d) {
        return new Politeness(d, userAgent, attempts, backoff, longestWait, timeout);
    }

    public Politeness withBackoff(Duration d) {
        return new Politeness(delay, userAgent, attempts, d, longestWait, timeout);
    }

    public Politeness withUserAgent(String ua) {
        return new Politeness(delay, ua, attempts, backoff, longestWait, timeout);
    }

    /** The robots.txt product token: the User-Agent's first word without its version. */
    public String productToken() {
        String first = userAgent.strip().split("[\\s/]", 2)[0];
        return first.isEmpty() ? "demandgraph-harvest" : first;
    }
}
