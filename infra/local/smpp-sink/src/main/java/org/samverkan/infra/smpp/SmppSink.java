package org.samverkan.infra.smpp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local stack's SMSC stand-in: SMPP on {@code --smpp-port} (2775), and on {@code --http-port} (2776):
 * <ul>
 *   <li>{@code GET /messages[?to=46701234567]} every message received, reassembled and decoded, as JSON</li>
 *   <li>{@code DELETE /messages} forgets them</li>
 *   <li>{@code POST /replies} {@code {"from": "+46701234567", "text": "OK"}} (or form/query parameters) sends that
 *       as a mobile-originated SMS to the bound service, as if the recipient had answered</li>
 *   <li>{@code GET /health}</li>
 * </ul>
 * {@code --undeliverable 46709999999,…} gets UNDELIV receipts. Everything is in memory.
 */
public final class SmppSink {
    private SmppSink() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int smppPort = Integer.parseInt(options.getOrDefault("smpp-port", "2775"));
        int httpPort = Integer.parseInt(options.getOrDefault("http-port", "2776"));
        String host = options.getOrDefault("host", "127.0.0.1");
        Set<String> undeliverable = Arrays.stream(options.getOrDefault("undeliverable", "").split(","))
                .map(n -> n.replace("+", "").strip()).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
        Received received = new Received();
        SinkSmsc smsc = new SinkSmsc(smppPort, received, undeliverable);
        HttpServer http = HttpServer.create(new InetSocketAddress(host, httpPort), 0);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/messages", exchange -> messages(exchange, received));
        http.createContext("/replies", exchange -> reply(exchange, smsc));
        http.createContext("/health", exchange -> send(exchange, 200, "{\"status\":\"UP\",\"boundSessions\":" + smsc.boundSessions() + "}"));
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            try {
                smsc.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }));
        System.out.println("smpp-sink: SMPP on " + smppPort + ", messages on http://" + host + ":" + httpPort + "/messages");
    }

    private static void messages(HttpExchange exchange, Received received) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                String to = query(exchange).get("to");
                String json = received.all().stream().filter(m -> to == null || m.to().equals(to.replace("+", "").strip()))
                        .map(SmppSink::json).collect(Collectors.joining(",\n ", "[", "]"));
                send(exchange, 200, json);
            }
            case "DELETE" -> {
                received.clear();
                send(exchange, 204, null);
            }
            default -> send(exchange, 405, problem("GET or DELETE"));
        }
    }

    private static void reply(HttpExchange exchange, SinkSmsc smsc) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, problem("POST"));
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>(query(exchange));
        if (body.strip().startsWith("{")) {
            fields.putAll(jsonStrings(body));
        } else if (!body.isBlank()) {
            fields.putAll(form(body));
        }
        String from = fields.get("from");
        String text = fields.get("text");
        if (from == null || from.isBlank() || text == null) {
            send(exchange, 400, problem("needs \"from\" (the answering number) and \"text\""));
            return;
        }
        try {
            smsc.reply(from, fields.getOrDefault("to", "Huddinge"), text);
            send(exchange, 202, "{\"sent\":true}");
        } catch (Exception e) {
            send(exchange, 503, problem("no reply sent: " + e.getMessage()));
        }
    }

    static String json(Received.Message m) {
        return "{\"to\":" + quote(m.to()) + ",\"from\":" + quote(m.from()) + ",\"text\":" + quote(m.text()) + ",\"encoding\":"
                + quote(m.encoding()) + ",\"parts\":" + m.parts() + ",\"messageIds\":"
                + m.messageIds().stream().map(SmppSink::quote).collect(Collectors.joining(",", "[", "]"))
                + ",\"receivedAt\":" + quote(m.receivedAt().toString()) + "}";
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** The string members of a flat JSON object: enough for {"from": "...", "text": "..."}. */
    static Map<String, String> jsonStrings(String json) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            fields.put(m.group(1), unescape(m.group(2)));
        }
        return fields;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? Map.of() : form(query);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String problem(String detail) {
        return "{\"title\":\"Bad request\",\"detail\":" + quote(detail) + "}";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
