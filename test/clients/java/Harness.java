// Test harness for the generated Java client (driven by test/clients.test.ts and test/java-client.test.ts).
//
//   java Harness decode <snapshots-dir>        one JSON line per manifest file: decoded and re-encoded, or the error
//   java Harness roundtrip <url> <n>           health, snapshot, then n stream events, one JSON line each
//   java Harness attach <url> <ms>             open the stream with an attach deadline of ms; print the error
//   java Harness fetch <url> <ms>              fetch the snapshot with a deadline of ms; print the error
//   java Harness read <url> [token]            health, snapshot and the first event with a read token; one JSON line each, or the error
//   java Harness stream <url> <n> <max-event-bytes> <attach-ms> <read-ms>
//                                              up to n events, then the error if one came first
//   java Harness limit <url> <max-event-bytes> fetch the snapshot with that size bound; the snapshot or the error
//   java Harness close <url> <ms>              open the stream, close it from another thread after ms; the error of the waiting next()
//   java Harness base <url>                    make a client; the error of a base URL that is not one
//   java Harness publish <url> <token> <file>  publish the DaemonSnapshot in file; the envelope or the error
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opensymphony.control.ControlPlaneClient;
import opensymphony.control.ControlPlaneClient.ControlPlaneException;
import opensymphony.control.Models;

public final class Harness {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static void emit(Map<String, Object> record) throws IOException {
        System.out.println(MAPPER.writeValueAsString(record));
        System.out.flush();
    }

    private static Map<String, Object> record(Object... pairs) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) record.put((String) pairs[index], pairs[index + 1]);
        return record;
    }

    private static Map<String, Object> failure(ControlPlaneException error) {
        Map<String, Object> record = record("error_code", error.code.wire, "timeout", error.timeout, "status", error.status, "server_code", error.serverCode(), "retry_after_ms", error.retryAfter.toMillis(), "message", error.getMessage());
        if (error.serverError != null && !error.serverError.details().isEmpty()) {
            record.put("details", error.serverError.details().stream().map((detail) -> record("path", detail.path(), "message", detail.message())).toList());
        }
        return record;
    }

    private static void decode(String directory) throws IOException {
        File dir = new File(directory);
        JsonNode manifest = MAPPER.readTree(new File(dir, "manifest.json"));
        for (String group : new String[] {"valid", "invalid"}) {
            for (JsonNode entry : manifest.get(group)) {
                String file = entry.get("file").textValue();
                try {
                    Models.DaemonSnapshot snapshot = Models.DaemonSnapshot.decode(MAPPER.readTree(new File(dir, file)), "");
                    emit(record("file", file, "ok", true, "encoded", snapshot.encode(MAPPER)));
                } catch (Models.DecodeException error) {
                    emit(record("file", file, "ok", false, "error", error.getMessage()));
                }
            }
        }
    }

    private static void roundtrip(String url, int count) throws Exception {
        ControlPlaneClient client = new ControlPlaneClient(url);
        emit(record("health", client.health().encode(MAPPER)));
        emit(record("snapshot", client.fetchSnapshot().encode(MAPPER)));
        try (ControlPlaneClient.Stream stream = client.streamUpdates(null)) {
            for (int index = 0; index < count; index++) emit(record("event", stream.next().encode(MAPPER)));
        }
    }

    private static void deadline(String url, int ms, boolean attach) throws IOException {
        Duration limit = Duration.ofMillis(ms);
        try {
            ControlPlaneClient client = new ControlPlaneClient(url, new ControlPlaneClient.Options().withSnapshotTimeout(limit).withStreamAttachTimeout(limit));
            if (attach) {
                try (ControlPlaneClient.Stream stream = client.streamUpdates(null)) {
                    stream.next();
                }
            } else {
                client.fetchSnapshot();
            }
            emit(record("error_code", null));
        } catch (ControlPlaneException error) {
            emit(failure(error));
        }
    }

    private static void read(String url, String token) throws IOException {
        ControlPlaneClient client;
        try {
            client = new ControlPlaneClient(url, new ControlPlaneClient.Options().withReadToken(token));
        } catch (ControlPlaneException error) {
            emit(failure(error));
            return;
        }
        List<String> reads = List.of("health", "snapshot", "stream");
        for (String what : reads) {
            try {
                Object value = switch (what) {
                    case "health" -> client.health();
                    case "snapshot" -> client.fetchSnapshot();
                    default -> {
                        try (ControlPlaneClient.Stream stream = client.streamUpdates(null)) {
                            yield stream.next();
                        }
                    }
                };
                emit(record("what", what, "ok", value != null));
            } catch (ControlPlaneException error) {
                Map<String, Object> result = failure(error);
                result.put("what", what);
                emit(result);
            }
        }
    }

    private static void stream(String url, int count, int maxEventBytes, int attachMs, int readMs) throws IOException {
        ControlPlaneClient.Options options = new ControlPlaneClient.Options()
            .withMaxEventBytes(maxEventBytes)
            .withStreamAttachTimeout(Duration.ofMillis(attachMs))
            .withStreamReadTimeout(Duration.ofMillis(readMs));
        long began = System.nanoTime();
        try (ControlPlaneClient.Stream stream = new ControlPlaneClient(url, options).streamUpdates(null)) {
            for (int index = 0; index < count; index++) emit(record("event", stream.next().encode(MAPPER)));
        } catch (ControlPlaneException error) {
            Map<String, Object> result = failure(error);
            result.put("elapsed_ms", (System.nanoTime() - began) / 1_000_000);
            emit(result);
        }
    }

    private static void limit(String url, int maxEventBytes) throws IOException {
        try {
            emit(record("snapshot", new ControlPlaneClient(url, new ControlPlaneClient.Options().withMaxEventBytes(maxEventBytes)).fetchSnapshot().encode(MAPPER)));
        } catch (ControlPlaneException error) {
            emit(failure(error));
        }
    }

    private static void close(String url, int ms) throws Exception {
        ControlPlaneClient.Stream stream = new ControlPlaneClient(url).streamUpdates(null);
        stream.next();
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException error) {
                Thread.currentThread().interrupt();
            }
            stream.close();
        });
        closer.start();
        long began = System.nanoTime();
        try {
            stream.next();
            emit(record("error_code", null));
        } catch (ControlPlaneException error) {
            Map<String, Object> result = failure(error);
            result.put("elapsed_ms", (System.nanoTime() - began) / 1_000_000);
            emit(result);
        }
        closer.join();
    }

    private static void base(String url) throws IOException {
        try {
            new ControlPlaneClient(url);
            emit(record("error_code", null));
        } catch (ControlPlaneException error) {
            emit(failure(error));
        }
    }

    private static void publish(String url, String token, String file) throws IOException {
        try {
            Models.DaemonSnapshot snapshot = Models.DaemonSnapshot.decode(MAPPER.readTree(new File(file)), "");
            emit(record("published", new ControlPlaneClient(url).publishSnapshot(snapshot, token).encode(MAPPER)));
        } catch (ControlPlaneException error) {
            emit(failure(error));
        }
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "decode" -> decode(args[1]);
            case "roundtrip" -> roundtrip(args[1], Integer.parseInt(args[2]));
            case "attach", "fetch" -> deadline(args[1], Integer.parseInt(args[2]), args[0].equals("attach"));
            case "read" -> read(args[1], args.length > 2 ? args[2] : null);
            case "stream" -> stream(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "limit" -> limit(args[1], Integer.parseInt(args[2]));
            case "close" -> close(args[1], Integer.parseInt(args[2]));
            case "base" -> base(args[1]);
            case "publish" -> publish(args[1], args[2], args[3]);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }
}
