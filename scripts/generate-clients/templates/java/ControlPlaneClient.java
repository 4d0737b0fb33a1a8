package {{JAVA_PACKAGE}};

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * A client of one OpenSymphony control plane: a method per JSON operation of spec/openapi.yaml,
 * and {@link #streamUpdates} for the event stream. Every exchange has a deadline, every body,
 * line and event a size bound, and every failure is a {@link ControlPlaneException} with a
 * {@link Contract.ClientErrorCode}. Instances are immutable and safe to share between threads:
 * make one per control plane and reuse it (each holds an {@link HttpClient} and its connections).
 * A call in progress ends with a typed error when its thread is interrupted; a stream also ends
 * when another thread calls {@link Stream#close}. Redirects are followed as browsers do, except
 * from https to http.
 */
public final class ControlPlaneClient {
    /** Bounds a whole JSON exchange, body included, so callers retry instead of hanging. */
    public static final Duration SNAPSHOT_TIMEOUT = Duration.ofMillis(Contract.SNAPSHOT_TIMEOUT_MS);
    /** Bounds connecting and receiving the first snapshot; keepalives do not count. */
    public static final Duration STREAM_ATTACH_TIMEOUT = Duration.ofMillis(Contract.STREAM_ATTACH_TIMEOUT_MS);
    /** After attaching, a stream silent this long (not even a keepalive) is dead. */
    public static final Duration STREAM_READ_TIMEOUT = Duration.ofMillis(Contract.STREAM_READ_TIMEOUT_MS);
    /** Bounds one stream line, one event's data and one response body, so a hostile server cannot grow the client's memory. */
    public static final int DEFAULT_MAX_EVENT_BYTES = Contract.MAX_EVENT_BYTES;
    /** JSON nested deeper is a decode error before Jackson, which recurses, reads it; a snapshot nests 5 deep. */
    public static final int MAX_DECODE_DEPTH = 1000;

    static final String SNAPSHOT_EVENT = "{{SNAPSHOT_EVENT}}";
    static final String EVENT_STREAM_TYPE = "{{EVENT_STREAM_CONTENT_TYPE}}";
    static final String LAST_EVENT_ID_HEADER = "{{LAST_EVENT_ID_HEADER}}";
    static final String EVENTS_PATH = "{{EVENTS_PATH}}";
    private static final String REQUEST_FAILED = "control-plane HTTP request failed";
    private static final String STREAM_FAILED = "control-plane update stream failed";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The client's settings; each {@code with…} gives a copy with one changed. */
    public static final class Options {
        final String readToken;
        final int maxEventBytes;
        final HttpClient httpClient;
        final Duration snapshotTimeout;
        final Duration streamAttachTimeout;
        final Duration streamReadTimeout;

        /** No read token, the contract's deadlines and size bound, an HTTP/1.1 {@link HttpClient}. */
        public Options() {
            this(null, DEFAULT_MAX_EVENT_BYTES, null, SNAPSHOT_TIMEOUT, STREAM_ATTACH_TIMEOUT, STREAM_READ_TIMEOUT);
        }

        private Options(String readToken, int maxEventBytes, HttpClient httpClient, Duration snapshotTimeout, Duration streamAttachTimeout, Duration streamReadTimeout) {
            this.readToken = readToken;
            this.maxEventBytes = maxEventBytes;
            this.httpClient = httpClient;
            this.snapshotTimeout = snapshotTimeout;
            this.streamAttachTimeout = streamAttachTimeout;
            this.streamReadTimeout = streamReadTimeout;
        }

        /** Sends "Authorization: Bearer token" on every read and the event stream; a server with a read token refuses reads without it. */
        public Options withReadToken(String token) {
            if (token != null && !token.chars().allMatch((character) -> character >= 0x21 && character <= 0x7e)) {
                throw new IllegalArgumentException("the read token must be printable ASCII without spaces, as a bearer token is");
            }
            return new Options(token, maxEventBytes, httpClient, snapshotTimeout, streamAttachTimeout, streamReadTimeout);
        }

        /** Bounds one stream line, one event's data and one response body; longer fails with EVENT_TOO_LARGE before it is buffered. */
        public Options withMaxEventBytes(int limit) {
            if (limit < 1) throw new IllegalArgumentException("maxEventBytes must be at least 1 byte, got " + limit);
            return new Options(readToken, limit, httpClient, snapshotTimeout, streamAttachTimeout, streamReadTimeout);
        }

        /** Sends every request through {@code client} (proxies, TLS, executors); the deadlines still apply. */
        public Options withHttpClient(HttpClient client) {
            if (client == null) throw new IllegalArgumentException("the HTTP client must not be null");
            return new Options(readToken, maxEventBytes, client, snapshotTimeout, streamAttachTimeout, streamReadTimeout);
        }

        public Options withSnapshotTimeout(Duration timeout) {
            return new Options(readToken, maxEventBytes, httpClient, positive(timeout, "snapshotTimeout"), streamAttachTimeout, streamReadTimeout);
        }

        public Options withStreamAttachTimeout(Duration timeout) {
            return new Options(readToken, maxEventBytes, httpClient, snapshotTimeout, positive(timeout, "streamAttachTimeout"), streamReadTimeout);
        }

        public Options withStreamReadTimeout(Duration timeout) {
            return new Options(readToken, maxEventBytes, httpClient, snapshotTimeout, streamAttachTimeout, positive(timeout, "streamReadTimeout"));
        }

        private static Duration positive(Duration timeout, String name) {
            if (timeout == null || timeout.isZero() || timeout.isNegative()) throw new IllegalArgumentException(name + " must be a positive duration, got " + timeout);
            return timeout;
        }
    }

    /** The server's {@code Error} envelope, read leniently: a code newer than this client is kept as it is. */
    public record ServerError(String code, String message, List<Models.ErrorDetail> details) {}

    /** Every failure of the client. */
    public static final class ControlPlaneException extends Exception {
        private static final long serialVersionUID = 1L;
        public final Contract.ClientErrorCode code;
        public final String url;
        /** The HTTP status of an answer that was refused, 0 when there was none. */
        public final int status;
        /** True when a deadline passed. */
        public final boolean timeout;
        /** The server's Error envelope of a non-2xx answer, when it sent one; null otherwise. */
        public final transient ServerError serverError;
        /** The server's Retry-After of a non-2xx answer, zero when it sent none. */
        public final Duration retryAfter;

        ControlPlaneException(Contract.ClientErrorCode code, String message, String url, int status, boolean timeout, ServerError serverError, Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.code = code;
            this.url = url;
            this.status = status;
            this.timeout = timeout;
            this.serverError = serverError;
            this.retryAfter = retryAfter;
        }

        ControlPlaneException(Contract.ClientErrorCode code, String message, String url, boolean timeout, Throwable cause) {
            this(code, message, url, 0, timeout, null, Duration.ZERO, cause);
        }

        /** The code of the server's Error envelope, null when the answer carried none. */
        public String serverCode() {
            return serverError == null ? null : serverError.code();
        }
    }

    private final URI base;
    private final Options options;
    private final HttpClient http;

    /** The service root: "http://proxy/opensymphony" and ".../opensymphony/" are the same. */
    public ControlPlaneClient(String baseUrl) throws ControlPlaneException {
        this(baseUrl, new Options());
    }

    public ControlPlaneClient(String baseUrl, Options options) throws ControlPlaneException {
        this.base = serviceRoot(baseUrl);
        this.options = Objects.requireNonNull(options, "options");
        this.http = options.httpClient != null
            ? options.httpClient
            : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static URI serviceRoot(String baseUrl) throws ControlPlaneException {
        try {
            URI parsed = new URI(baseUrl);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if ((!scheme.equals("http") && !scheme.equals("https")) || parsed.getHost() == null) throw new URISyntaxException(baseUrl, "not an http(s) URL with a host");
            // Credentials in the URL would be neither sent nor hidden: a read token is how a client authenticates.
            if (parsed.getRawUserInfo() != null) throw new URISyntaxException(baseUrl, "credentials in the URL are not sent; give a read token");
            String path = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
            return new URI(scheme + "://" + parsed.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
        } catch (URISyntaxException | NullPointerException error) {
            String reason = error instanceof URISyntaxException syntax ? ": " + syntax.getReason() : "";
            throw new ControlPlaneException(Contract.ClientErrorCode.INVALID_BASE_URL, "failed to resolve control-plane paths against `" + baseUrl + "`" + reason, baseUrl, false, error);
        }
    }

    /** The URL of a path (such as "api/v1/snapshot", a valid URI path) under the service root. */
    public String resolve(String path) {
        return base.resolve(path.replaceFirst("^/+", "")).toString();
    }

    /** The bound on one stream line, one event's data and one response body. */
    public int maxEventBytes() {
        return options.maxEventBytes;
    }

    // ---- JSON ----

    /** Whether JSON text ({@code length} bytes from {@code offset}) nests deeper than {@code limit}: strings skipped, nothing parsed. */
    static boolean nestsDeeperThan(byte[] text, int offset, int length, int limit) {
        int depth = 0;
        boolean inString = false;
        for (int index = offset; index < offset + length; index++) {
            byte current = text[index];
            if (inString) {
                if (current == '\\') index++;
                else if (current == '"') inString = false;
            } else if (current == '"') {
                inString = true;
            } else if (current == '[' || current == '{') {
                if (++depth > limit) return true;
            } else if (current == ']' || current == '}') {
                depth--;
            }
        }
        return false;
    }

    static ControlPlaneException decodeFailed(String url, String message, Throwable cause) {
        return new ControlPlaneException(Contract.ClientErrorCode.DECODE, "failed to decode control-plane payload: " + message, url, false, cause);
    }

    static JsonNode parse(byte[] payload, String url) throws ControlPlaneException {
        return parse(payload, 0, payload.length, url);
    }

    static JsonNode parse(byte[] payload, int offset, int length, String url) throws ControlPlaneException {
        if (nestsDeeperThan(payload, offset, length, MAX_DECODE_DEPTH)) throw decodeFailed(url, "JSON nested deeper than " + MAX_DECODE_DEPTH + " levels", null);
        try {
            return MAPPER.readTree(payload, offset, length);
        } catch (IOException error) {
            throw decodeFailed(url, error instanceof JsonProcessingException json ? json.getOriginalMessage() : String.valueOf(error.getMessage()), error);
        }
    }

    static <T> T decode(byte[] payload, String url, BiFunction<JsonNode, String, T> decoder) throws ControlPlaneException {
        return decode(parse(payload, url), url, decoder);
    }

    static <T> T decode(JsonNode node, String url, BiFunction<JsonNode, String, T> decoder) throws ControlPlaneException {
        try {
            return decoder.apply(node, "");
        } catch (Models.DecodeException error) {
            throw decodeFailed(url, error.getMessage(), error);
        }
    }

    /** A JSON answer that is no type of the schema file (the served documents): an object with the members its schema requires. */
    static ObjectNode object(byte[] payload, String url, String... required) throws ControlPlaneException {
        JsonNode node = parse(payload, url);
        if (!node.isObject()) throw decodeFailed(url, "(root): expected an object", null);
        for (String name : required) {
            if (!node.has(name)) throw decodeFailed(url, "/" + name + ": is required", null);
        }
        return (ObjectNode) node;
    }

    /** The Error envelope of a refusal, or null when the body is not one. */
    static ServerError serverError(byte[] body) {
        try {
            JsonNode error = MAPPER.readTree(body).get("error");
            if (error == null || !error.path("code").isTextual() || !error.path("message").isTextual()) return null;
            List<Models.ErrorDetail> details = new ArrayList<>();
            for (JsonNode detail : error.path("details")) details.add(new Models.ErrorDetail(detail.path("path").asText(), detail.path("message").asText()));
            return new ServerError(error.get("code").textValue(), error.get("message").textValue(), List.copyOf(details));
        } catch (IOException | RuntimeException error) {
            return null;
        }
    }

    /** Retry-After as delta-seconds or an HTTP date; zero when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").trim();
        if (value.matches("\\d{1,10}")) return Duration.ofSeconds(Long.parseLong(value));
        try {
            Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException error) {
            return Duration.ZERO;
        }
    }

    // ---- transport ----

    /** A response body as it arrives, one list of buffers at a time, read with a deadline and cancellable from any thread. */
    static final class Body implements Flow.Subscriber<List<ByteBuffer>> {
        private static final Object END = new Object();
        private static final Object CANCELLED = new Object();
        private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
        private volatile Flow.Subscription subscription;
        private volatile boolean cancelled;
        private ByteBuffer current = ByteBuffer.allocate(0);
        private final List<ByteBuffer> pending = new ArrayList<>();
        private boolean ended;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (cancelled) subscription.cancel();
            else subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            arrived.add(buffers);
        }

        @Override
        public void onError(Throwable error) {
            arrived.add(error);
        }

        @Override
        public void onComplete() {
            arrived.add(END);
        }

        /** Stops the body: a waiting {@link #read} returns at once with -2. */
        void cancel() {
            cancelled = true;
            Flow.Subscription active = subscription;
            if (active != null) active.cancel();
            arrived.add(CANCELLED);
        }

        /**
         * The next byte, -1 at the end of the body, -2 once cancelled; waits at most until
         * {@code deadlineNanos} (System.nanoTime()), then throws TimeoutException.
         */
        @SuppressWarnings("unchecked")
        int read(long deadlineNanos) throws IOException, TimeoutException, InterruptedException {
            while (!current.hasRemaining()) {
                if (!pending.isEmpty()) {
                    current = pending.remove(0);
                    continue;
                }
                if (cancelled) return -2;
                if (ended) return -1;
                Object next = arrived.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) throw new TimeoutException();
                if (next == CANCELLED) return -2;
                if (next == END) {
                    ended = true;
                    return -1;
                }
                if (next instanceof Throwable error) throw error instanceof IOException io ? io : new IOException(error);
                pending.addAll((List<ByteBuffer>) next);
                subscription.request(1);
            }
            return current.get() & 0xff;
        }
    }

    /**
     * Sends a request; returns once the status and headers are in, within {@code deadlineNanos},
     * with the body flowing into {@code body}.
     */
    private HttpResponse<?> send(HttpRequest request, Body body, long deadlineNanos) throws IOException, TimeoutException, InterruptedException {
        CompletableFuture<HttpResponse<Flow.Publisher<List<ByteBuffer>>>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofPublisher());
        try {
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = answer.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            response.body().subscribe(body);
            return response;
        } catch (ExecutionException error) {
            Throwable cause = error.getCause();
            if (cause instanceof HttpTimeoutException) throw new TimeoutException(cause.getMessage());
            throw cause instanceof IOException io ? io : new IOException(cause);
        } catch (TimeoutException | InterruptedException error) {
            answer.cancel(true);
            body.cancel();
            // An answer that arrived after all still holds its connection until its body is taken
            // and cancelled (the body, cancelled already, cancels what subscribes to it).
            answer.thenAccept((late) -> late.body().subscribe(body));
            throw error;
        }
    }

    /** Reads a whole body of at most {@code limit} bytes; null when it is longer. */
    private static byte[] readBounded(Body body, int limit, long deadlineNanos) throws IOException, TimeoutException, InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int next = body.read(deadlineNanos); next >= 0; next = body.read(deadlineNanos)) {
            if (out.size() == limit) {
                body.cancel();
                return null;
            }
            out.write(next);
        }
        return out.toByteArray();
    }

    /** What went wrong, from the first error in the chain that says (HttpClient's ConnectException does not). */
    static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        return error.getClass().getSimpleName();
    }

    private static void bearer(HttpRequest.Builder request, String token) {
        if (token != null && !token.isEmpty()) request.header("Authorization", "Bearer " + token);
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            out.append(out.length() == 0 ? '?' : '&');
            out.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** A non-2xx answer: its status, the server's Error envelope when it sent one, its Retry-After. */
    private ControlPlaneException refused(Contract.ClientErrorCode code, String prefix, String url, HttpResponse<?> response, Body body, long deadlineNanos) {
        ServerError server = null;
        try {
            byte[] payload = readBounded(body, options.maxEventBytes, deadlineNanos);
            if (payload != null) server = serverError(payload);
        } catch (IOException | TimeoutException error) {
            // The status says enough; a body that does not arrive in time is left out.
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
        } finally {
            body.cancel();
        }
        String message = prefix + ": HTTP " + response.statusCode() + (server == null ? "" : " " + server.code() + ": " + server.message());
        return new ControlPlaneException(code, message, url, response.statusCode(), false, server, retryAfter(response), null);
    }

    private ControlPlaneException missingBody(String path) {
        return new ControlPlaneException(Contract.ClientErrorCode.REQUEST, REQUEST_FAILED + ": no request body to send", resolve(path), false, null);
    }

    /**
     * The one JSON exchange every generated method makes, all within the snapshot deadline:
     * {@code path} below the service root, {@code parameters} as its query, {@code body} (when
     * not null) as JSON, {@code token} as a bearer token; the answer's body, at most
     * maxEventBytes.
     */
    private byte[] exchange(String method, String path, Map<String, String> parameters, JsonNode body, String token) throws ControlPlaneException {
        String url = resolve(path) + query(parameters);
        long deadline = System.nanoTime() + options.snapshotTimeout.toNanos();
        Body answer = new Body();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(options.snapshotTimeout).header("Accept", "application/json");
            if (body == null) {
                if (method.equals("GET")) request.GET();
                else request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)));
            }
            bearer(request, token);
            HttpResponse<?> response = send(request.build(), answer, deadline);
            if (response.statusCode() < 200 || response.statusCode() > 299) throw refused(Contract.ClientErrorCode.REQUEST, REQUEST_FAILED, url, response, answer, deadline);
            byte[] payload = readBounded(answer, options.maxEventBytes, deadline);
            if (payload == null) {
                throw new ControlPlaneException(Contract.ClientErrorCode.EVENT_TOO_LARGE, REQUEST_FAILED + ": the response body exceeds " + options.maxEventBytes + " bytes", url, response.statusCode(), false, null, Duration.ZERO, null);
            }
            return payload;
        } catch (TimeoutException error) {
            throw new ControlPlaneException(Contract.ClientErrorCode.REQUEST, REQUEST_FAILED + ": no complete response within " + options.snapshotTimeout.toMillis() + " ms", url, true, error);
        } catch (JsonProcessingException | IllegalArgumentException error) {
            throw new ControlPlaneException(Contract.ClientErrorCode.REQUEST, REQUEST_FAILED + ": " + error.getMessage(), url, false, error);
        } catch (IOException error) {
            throw new ControlPlaneException(Contract.ClientErrorCode.REQUEST, REQUEST_FAILED + ": " + describe(error), url, false, error);
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
            throw new ControlPlaneException(Contract.ClientErrorCode.REQUEST, REQUEST_FAILED + ": interrupted", url, false, error);
        } finally {
            answer.cancel();
        }
    }

    // ---- the operations ----

{{JAVA_OPERATION_METHODS}}
    // The first names of three generated methods, kept so that code written against them still works.

    /** {@link #getSnapshot} under its first name. */
    public Models.SnapshotEnvelope fetchSnapshot() throws ControlPlaneException {
        return getSnapshot();
    }

    /** {@link #getHealth} under its first name. */
    public Models.HealthResponse health() throws ControlPlaneException {
        return getHealth();
    }

    /** {@link #publishSnapshot} under its first name. */
    public Models.SnapshotEnvelope publish(Models.DaemonSnapshot snapshot, String token) throws ControlPlaneException {
        return publishSnapshot(snapshot, token);
    }

    // ---- the event stream ----

    /**
     * Opens GET {{EVENTS_PATH}}: the current snapshot first, then every newer one. {@code lastEventId},
     * when not null, is sent as {{LAST_EVENT_ID_HEADER}}. Connecting and the first snapshot must fit in
     * the attach deadline; after it, a stream silent past the read deadline fails.
     */
    public Stream streamUpdates(BigInteger lastEventId) throws ControlPlaneException {
        String url = resolve(EVENTS_PATH);
        Stream stream = new Stream(url, options);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", EVENT_STREAM_TYPE);
            if (lastEventId != null) request.header(LAST_EVENT_ID_HEADER, lastEventId.toString());
            bearer(request, options.readToken);
            HttpResponse<?> response = send(request.build(), stream.body, stream.attachDeadline);
            if (response.statusCode() != 200) throw stream.fail(refused(Contract.ClientErrorCode.STREAM, STREAM_FAILED, url, response, stream.body, stream.attachDeadline));
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.split(";", 2)[0].trim().equalsIgnoreCase(EVENT_STREAM_TYPE)) {
                throw stream.fail(new ControlPlaneException(Contract.ClientErrorCode.STREAM, STREAM_FAILED + ": content type is \"" + type + "\", not " + EVENT_STREAM_TYPE, url, response.statusCode(), false, null, Duration.ZERO, null));
            }
            return stream;
        } catch (IOException | TimeoutException | IllegalArgumentException error) {
            throw stream.fail(error);
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
            throw stream.fail(error);
        }
    }

    /** A byte buffer whose contents are read in place, not copied. */
    static final class Bytes extends ByteArrayOutputStream {
        /** A buffer that grew past this for one long line or event is dropped after it. */
        private static final int KEPT_BYTES = 64 * 1024;

        byte[] array() {
            return buf;
        }

        int length() {
            return count;
        }

        /** Empties it, and lets a buffer grown large for one line or event go. */
        void clear() {
            count = 0;
            if (buf.length > KEPT_BYTES) buf = new byte[256];
        }
    }

    /**
     * An open event stream: call {@link #next} until it fails, and {@link #close} when done.
     * {@code close} may be called from another thread to end a waiting {@code next}.
     */
    public static final class Stream implements AutoCloseable {
        private final String url;
        private final Body body = new Body();
        private final int maxEventBytes;
        private final Duration attachTimeout;
        private final Duration readTimeout;
        private final long attachDeadline;
        /** The line being read, then read in place: nothing of it is copied but an event's data. */
        private final Bytes line = new Bytes();
        private final Bytes data = new Bytes();
        private boolean attached;
        private boolean started;
        private boolean afterCR;
        private volatile boolean closed;
        private ControlPlaneException failure;

        Stream(String url, Options options) {
            this.url = url;
            this.maxEventBytes = options.maxEventBytes;
            this.attachTimeout = options.streamAttachTimeout;
            this.readTimeout = options.streamReadTimeout;
            this.attachDeadline = System.nanoTime() + options.streamAttachTimeout.toNanos();
        }

        /** Ends the stream and releases its connection; safe to call more than once, from any thread. */
        @Override
        public void close() {
            closed = true;
            body.cancel();
        }

        /** Closes the stream and remembers why; every later {@link #next} throws the same. */
        ControlPlaneException fail(Throwable error) {
            body.cancel();
            if (failure != null) return failure;
            if (error instanceof ControlPlaneException known) {
                failure = known;
            } else if (error instanceof TimeoutException && !attached) {
                failure = new ControlPlaneException(Contract.ClientErrorCode.STREAM_ATTACH_TIMEOUT, "control-plane update stream did not attach within " + attachTimeout.toMillis() + " ms", url, true, error);
            } else if (error instanceof TimeoutException) {
                failure = new ControlPlaneException(Contract.ClientErrorCode.STREAM, STREAM_FAILED + ": no data for " + readTimeout.toMillis() + " ms", url, true, error);
            } else if (closed) {
                failure = new ControlPlaneException(Contract.ClientErrorCode.STREAM, STREAM_FAILED + ": the stream was closed", url, false, error);
            } else {
                failure = new ControlPlaneException(Contract.ClientErrorCode.STREAM, STREAM_FAILED + ": " + (error == null ? "the server closed the stream" : describe(error)), url, false, error);
            }
            return failure;
        }

        private ControlPlaneException halfEvent() {
            return fail(new IOException("the server closed the stream in the middle of an event"));
        }

        /**
         * Reads the next line, without its break (CRLF, LF or CR, as the event-stream format
         * says), into {@code line}, never more than maxEventBytes of it; returns where its text
         * starts (after a byte order mark opening the stream), or -1 at a clean end of the body.
         */
        private int readLine() throws ControlPlaneException, IOException, TimeoutException, InterruptedException {
            line.clear();
            while (true) {
                int next = body.read(attached ? System.nanoTime() + readTimeout.toNanos() : attachDeadline);
                if (next == -2) throw fail(null);
                if (next == -1) {
                    if (line.length() > 0) throw halfEvent();
                    return -1;
                }
                if (afterCR) {
                    afterCR = false;
                    if (next == '\n') continue;
                }
                if (next == '\n' || next == '\r') {
                    afterCR = next == '\r';
                    if (started) return 0;
                    started = true;
                    byte[] text = line.array();
                    boolean mark = line.length() >= 3 && (text[0] & 0xff) == 0xEF && (text[1] & 0xff) == 0xBB && (text[2] & 0xff) == 0xBF;
                    return mark ? 3 : 0;
                }
                if (line.length() >= maxEventBytes) {
                    throw fail(new ControlPlaneException(Contract.ClientErrorCode.EVENT_TOO_LARGE, STREAM_FAILED + ": a line exceeds " + maxEventBytes + " bytes", url, false, null));
                }
                line.write(next);
            }
        }

        /** Waits for the next snapshot event and decodes it. */
        public Models.SnapshotEnvelope next() throws ControlPlaneException {
            if (failure != null) throw failure;
            try {
                String event = "";
                boolean hasData = false;
                data.clear();
                for (int start = readLine(); start >= 0; start = readLine()) {
                    byte[] text = line.array();
                    int end = line.length();
                    if (start == end) {
                        if (hasData && (event.equals(SNAPSHOT_EVENT) || (event.isEmpty() && SNAPSHOT_EVENT.equals("message")))) {
                            Models.SnapshotEnvelope envelope;
                            try {
                                envelope = decode(parse(data.array(), 0, data.length(), url), url, Models.SnapshotEnvelope::decode);
                            } catch (ControlPlaneException error) {
                                throw fail(error);
                            }
                            data.clear();
                            attached = true;
                            return envelope;
                        }
                        event = "";
                        hasData = false;
                        data.clear();
                        continue;
                    }
                    if (text[start] == ':') continue;
                    int colon = start;
                    while (colon < end && text[colon] != ':') colon++;
                    int value = colon == end ? end : colon + 1;
                    if (value < end && text[value] == ' ') value++;
                    String field = new String(text, start, colon - start, StandardCharsets.UTF_8);
                    if (field.equals("event")) {
                        event = new String(text, value, end - value, StandardCharsets.UTF_8);
                    } else if (field.equals("data")) {
                        if (data.length() + (end - value) + (hasData ? 1 : 0) > maxEventBytes) {
                            throw fail(new ControlPlaneException(Contract.ClientErrorCode.EVENT_TOO_LARGE, STREAM_FAILED + ": an event's data exceeds " + maxEventBytes + " bytes", url, false, null));
                        }
                        if (hasData) data.write('\n');
                        data.write(text, value, end - value);
                        hasData = true;
                    }
                }
                if (hasData || !event.isEmpty()) throw halfEvent();
                throw fail(null);
            } catch (IOException | TimeoutException error) {
                throw fail(error);
            } catch (InterruptedException error) {
                Thread.currentThread().interrupt();
                throw fail(error);
            }
        }
    }
}
