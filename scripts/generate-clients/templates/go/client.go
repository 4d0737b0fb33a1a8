package {{GO_PACKAGE}}

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

const (
	// SnapshotTimeout bounds a whole JSON exchange, body included, so callers retry instead of hanging.
	SnapshotTimeout = SnapshotTimeoutMs * time.Millisecond
	// StreamAttachTimeout bounds connecting and receiving the first snapshot; keepalives do not count.
	StreamAttachTimeout = StreamAttachTimeoutMs * time.Millisecond
	// StreamReadTimeout: after attaching, a stream silent this long (not even a keepalive) is dead.
	StreamReadTimeout = StreamReadTimeoutMs * time.Millisecond
	// DefaultMaxEventBytes bounds one stream line, one event's data and one response body, so a
	// hostile server cannot grow the client's memory; a snapshot is far smaller.
	DefaultMaxEventBytes = MaxEventBytes
	snapshotEvent        = "{{SNAPSHOT_EVENT}}"
	eventStreamType      = "{{EVENT_STREAM_CONTENT_TYPE}}"
)

// ClientError is every error the client returns.
type ClientError struct {
	Code    ClientErrorCode
	Message string
	URL     string
	// Status is the HTTP status of an answer that was refused, 0 when there was none.
	Status int
	// Timeout is true when a deadline passed.
	Timeout bool
	// Body is the server's Error envelope of a non-2xx answer, when it sent one. Its code is kept
	// even when it is newer than the ErrorCode values this client knows.
	Body *Error
	// RetryAfter is the server's Retry-After of a non-2xx answer, 0 when it sent none.
	RetryAfter time.Duration
	Cause      error
}

func (e *ClientError) Error() string { return e.Message }

// Unwrap gives the underlying error (a network error, a *DecodeError, a *json.SyntaxError ...).
func (e *ClientError) Unwrap() error { return e.Cause }

// ServerCode is the code of the server's Error envelope, "" when the answer carried none.
func (e *ClientError) ServerCode() ErrorCode {
	if e.Body == nil {
		return ""
	}
	return e.Body.Error.Code
}

// OptionError is an invalid argument to an Option of NewClient.
type OptionError struct {
	Option  string
	Message string
}

func (e *OptionError) Error() string { return e.Option + ": " + e.Message }

// Client talks to one control plane.
type Client struct {
	base          *url.URL
	readToken     string
	maxEventBytes int
	// HTTP sends every request; WithHTTPClient replaces it.
	HTTP                *http.Client
	SnapshotTimeout     time.Duration
	StreamAttachTimeout time.Duration
	StreamReadTimeout   time.Duration
}

// Option configures a Client in NewClient.
type Option func(*Client) error

// WithReadToken sends "Authorization: Bearer token" on every call that does not take the
// publish token: every read and the event stream. A server started with a read token refuses
// reads without it.
func WithReadToken(token string) Option {
	return func(c *Client) error {
		c.readToken = token
		return nil
	}
}

// WithMaxEventBytes bounds one stream line, one event's data and one response body (default
// DefaultMaxEventBytes); anything longer fails with event_too_large before it is buffered.
func WithMaxEventBytes(limit int) Option {
	return func(c *Client) error {
		if limit < 1 {
			return &OptionError{Option: "WithMaxEventBytes", Message: fmt.Sprintf("the limit must be at least 1 byte, got %d", limit)}
		}
		c.maxEventBytes = limit
		return nil
	}
}

// WithHTTPClient sends every request through httpClient (proxies, TLS settings, transports).
// The client's deadlines still apply on top of the HTTP client's own.
func WithHTTPClient(httpClient *http.Client) Option {
	return func(c *Client) error {
		if httpClient == nil {
			return &OptionError{Option: "WithHTTPClient", Message: "the HTTP client must not be nil"}
		}
		c.HTTP = httpClient
		return nil
	}
}

// NewClient takes the service root: "http://proxy/opensymphony" and ".../opensymphony/" are the same.
func NewClient(baseURL string, options ...Option) (*Client, error) {
	parsed, err := url.Parse(baseURL)
	if err != nil || (parsed.Scheme != "http" && parsed.Scheme != "https") || parsed.Host == "" {
		return nil, &ClientError{Code: CodeInvalidBaseURL, Message: fmt.Sprintf("failed to resolve control-plane paths against `%s`", baseURL), URL: baseURL, Cause: err}
	}
	if !strings.HasSuffix(parsed.Path, "/") {
		parsed.Path += "/"
	}
	parsed.RawQuery, parsed.Fragment = "", ""
	client := &Client{base: parsed, maxEventBytes: DefaultMaxEventBytes, HTTP: &http.Client{}, SnapshotTimeout: SnapshotTimeout, StreamAttachTimeout: StreamAttachTimeout, StreamReadTimeout: StreamReadTimeout}
	for _, option := range options {
		if err := option(client); err != nil {
			return nil, err
		}
	}
	return client, nil
}

// MaxEventBytes is the bound on one stream line, one event's data and one response body.
func (c *Client) MaxEventBytes() int { return c.maxEventBytes }

// Resolve gives the URL of a path (such as "api/v1/snapshot") under the service root.
func (c *Client) Resolve(path string) string {
	return c.base.ResolveReference(&url.URL{Path: strings.TrimPrefix(path, "/")}).String()
}

// decodeFailed is the error of a payload that is not JSON or breaks the contract.
func decodeFailed(err error) *ClientError {
	return &ClientError{Code: CodeDecode, Message: "failed to decode control-plane payload: " + err.Error(), Cause: err}
}

func decodeBody(body []byte, target interface{}) error {
	if err := json.Unmarshal(body, target); err != nil {
		return decodeFailed(err)
	}
	return nil
}

func setBearer(request *http.Request, token string) {
	if token != "" {
		request.Header.Set("Authorization", "Bearer "+token)
	}
}

// readBounded reads at most limit bytes, and says whether there was more.
func readBounded(body io.Reader, limit int) ([]byte, bool, error) {
	data, err := io.ReadAll(io.LimitReader(body, int64(limit)+1))
	if len(data) > limit {
		return data[:limit], true, err
	}
	return data, false, err
}

func isTimeout(err error) bool {
	var network net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &network) && network.Timeout())
}

// serverError reads the Error envelope leniently: a code newer than this client is kept, not refused.
func serverError(body []byte) *Error {
	var envelope struct {
		Error *struct {
			Code    *string `json:"code"`
			Message *string `json:"message"`
			Details []struct {
				Path    string `json:"path"`
				Message string `json:"message"`
			} `json:"details"`
		} `json:"error"`
	}
	if json.Unmarshal(body, &envelope) != nil || envelope.Error == nil || envelope.Error.Code == nil || envelope.Error.Message == nil {
		return nil
	}
	result := &Error{Error: ErrorBody{Code: ErrorCode(*envelope.Error.Code), Message: *envelope.Error.Message}}
	for _, detail := range envelope.Error.Details {
		result.Error.Details = append(result.Error.Details, ErrorDetail{Path: detail.Path, Message: detail.Message})
	}
	return result
}

// retryAfter reads Retry-After as delta-seconds or an HTTP date.
func retryAfter(header http.Header) time.Duration {
	value := strings.TrimSpace(header.Get("Retry-After"))
	if seconds, err := strconv.ParseUint(value, 10, 32); err == nil {
		return time.Duration(seconds) * time.Second
	}
	if date, err := http.ParseTime(value); err == nil && time.Until(date) > 0 {
		return time.Until(date)
	}
	return 0
}

// refused describes a non-2xx answer; prefix says what failed.
func (c *Client) refused(code ClientErrorCode, prefix, address string, response *http.Response) *ClientError {
	payload, tooLarge, _ := readBounded(response.Body, c.maxEventBytes)
	failure := &ClientError{Code: code, URL: address, Status: response.StatusCode, RetryAfter: retryAfter(response.Header)}
	if !tooLarge {
		failure.Body = serverError(payload)
	}
	failure.Message = fmt.Sprintf("%s: HTTP %d", prefix, response.StatusCode)
	if failure.Body != nil {
		failure.Message += fmt.Sprintf(" %s: %s", failure.Body.Error.Code, failure.Body.Error.Message)
	}
	return failure
}

const requestFailed = "control-plane HTTP request failed"

// JSONObject is a JSON answer that is no type of spec/control-plane.schema.yaml (the served
// documents as JSON): an object, its members undecoded.
type JSONObject map[string]json.RawMessage

// UnmarshalJSON accepts an object only.
func (o *JSONObject) UnmarshalJSON(data []byte) error {
	raw, err := decodeObject(data)
	if err != nil {
		return err
	}
	*o = raw
	return nil
}

// requireMembers is the decode error of an object without a member its schema requires.
func requireMembers(object JSONObject, names ...string) error {
	for _, name := range names {
		if _, present := object[name]; !present {
			return decodeFailed(&DecodeError{Path: "/" + name, Message: "is required"})
		}
	}
	return nil
}

// missingBody is the error of a method given a nil request body.
func (c *Client) missingBody(path string) *ClientError {
	return &ClientError{Code: CodeRequest, Message: requestFailed + ": no request body to send", URL: c.Resolve(path)}
}

// exchange is the one JSON exchange every generated method makes, all within the snapshot
// deadline: path below the service root, query on it, body (when not nil) as JSON, token as a
// bearer token, and the answer decoded into target.
func (c *Client) exchange(ctx context.Context, method, path string, query url.Values, body interface{}, token string, target interface{}) error {
	address := c.Resolve(path)
	if len(query) > 0 {
		address += "?" + query.Encode()
	}
	var content io.Reader
	if body != nil {
		encoded, err := json.Marshal(body)
		if err != nil {
			return &ClientError{Code: CodeRequest, Message: requestFailed + ": " + err.Error(), URL: address, Cause: err}
		}
		content = bytes.NewReader(encoded)
	}
	ctx, cancel := context.WithTimeout(ctx, c.SnapshotTimeout)
	defer cancel()
	request, err := http.NewRequestWithContext(ctx, method, address, content)
	if err != nil {
		return &ClientError{Code: CodeRequest, Message: requestFailed + ": " + err.Error(), URL: address, Cause: err}
	}
	request.Header.Set("Accept", "application/json")
	if body != nil {
		request.Header.Set("Content-Type", "application/json")
	}
	setBearer(request, token)
	response, err := c.HTTP.Do(request)
	var payload []byte
	tooLarge := false
	if err == nil {
		defer response.Body.Close()
		if response.StatusCode < 200 || response.StatusCode > 299 {
			return c.refused(CodeRequest, requestFailed, address, response)
		}
		payload, tooLarge, err = readBounded(response.Body, c.maxEventBytes)
	}
	if err != nil {
		timeout := isTimeout(err)
		message := requestFailed + ": " + err.Error()
		if timeout {
			message = fmt.Sprintf("%s: no complete response within %v", requestFailed, c.SnapshotTimeout)
		}
		return &ClientError{Code: CodeRequest, Message: message, URL: address, Timeout: timeout, Cause: err}
	}
	if tooLarge {
		return &ClientError{Code: CodeEventTooLarge, Message: fmt.Sprintf("%s: the response body exceeds %d bytes", requestFailed, c.maxEventBytes), URL: address, Status: response.StatusCode}
	}
	return decodeBody(payload, target)
}

{{GO_OPERATION_METHODS}}
// The first names of three generated methods, kept so that code written against them still builds.

// FetchSnapshot is GetSnapshot under its first name.
func (c *Client) FetchSnapshot(ctx context.Context) (*SnapshotEnvelope, error) {
	return c.GetSnapshot(ctx)
}

// Health is GetHealth under its first name.
func (c *Client) Health(ctx context.Context) (*HealthResponse, error) {
	return c.GetHealth(ctx)
}

// Publish is PublishSnapshot under its first name.
func (c *Client) Publish(ctx context.Context, snapshot *DaemonSnapshot, token string) (*SnapshotEnvelope, error) {
	return c.PublishSnapshot(ctx, snapshot, token)
}

// Why a stream's connection was cut by the client.
const (
	open int32 = iota
	cutAttach
	cutIdle
	cutClosed
)

const streamFailed = "control-plane update stream failed"

var errHalfEvent = errors.New("the server closed the stream in the middle of an event")

// Stream is an open event stream; call Next until it fails, and Close when done. Close may be
// called from another goroutine to end a blocked Next.
type Stream struct {
	url           string
	body          io.ReadCloser
	lines         *bufio.Scanner
	cancel        context.CancelFunc
	cut           atomic.Int32
	attachTimer   *time.Timer
	idleTimer     *time.Timer
	attachFor     time.Duration
	idleFor       time.Duration
	maxEventBytes int
	attached      bool
	started       bool
	failure       *ClientError
}

// StreamUpdates opens GET {{EVENTS_PATH}}. lastEventID, when not nil, is sent as {{LAST_EVENT_ID_HEADER}}.
func (c *Client) StreamUpdates(ctx context.Context, lastEventID *uint64) (*Stream, error) {
	address := c.Resolve("{{EVENTS_PATH}}")
	ctx, cancel := context.WithCancel(ctx)
	stream := &Stream{url: address, cancel: cancel, attachFor: c.StreamAttachTimeout, idleFor: c.StreamReadTimeout, maxEventBytes: c.maxEventBytes}
	// Deadlines cut the connection; the read that was waiting then fails, and cut says why.
	stream.attachTimer = time.AfterFunc(c.StreamAttachTimeout, func() { stream.cutFor(cutAttach) })
	request, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return nil, stream.fail(err)
	}
	request.Header.Set("Accept", eventStreamType)
	if lastEventID != nil {
		request.Header.Set("{{LAST_EVENT_ID_HEADER}}", strconv.FormatUint(*lastEventID, 10))
	}
	setBearer(request, c.readToken)
	response, err := c.HTTP.Do(request)
	if err != nil {
		return nil, stream.fail(err)
	}
	if response.StatusCode != http.StatusOK {
		defer response.Body.Close()
		return nil, stream.fail(c.refused(CodeStream, streamFailed, address, response))
	}
	kind := response.Header.Get("Content-Type")
	if media, _, err := mime.ParseMediaType(kind); err != nil || media != eventStreamType {
		response.Body.Close()
		return nil, stream.fail(&ClientError{Code: CodeStream, Message: fmt.Sprintf("%s: content type is %q, not %s", streamFailed, kind, eventStreamType), URL: address, Status: response.StatusCode})
	}
	stream.body = response.Body
	stream.lines = lineScanner(response.Body, c.maxEventBytes)
	return stream, nil
}

// lineScanner splits at CRLF, LF or CR, as the event-stream format says, and never buffers a
// line longer than limit bytes (bufio.ErrTooLong instead).
func lineScanner(body io.Reader, limit int) *bufio.Scanner {
	scanner := bufio.NewScanner(body)
	// The buffer also holds the line break, and never grows past its maximum. Starting from a
	// fraction of it, doubling lands on the maximum: about twice the limit allocated in all.
	maximum := limit + 2
	initial := maximum
	for initial > 8192 {
		initial = (initial + 1) / 2
	}
	scanner.Buffer(make([]byte, 0, initial), maximum)
	afterCR := false
	scanner.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		// The LF of a CRLF whose CR ended the previous read. It is skipped here, in the same call:
		// a token-less advance would make the scanner wait for more input first.
		skip := 0
		if afterCR && len(data) > 0 {
			afterCR = false
			if data[0] == '\n' {
				skip = 1
			}
		}
		rest := data[skip:]
		index := bytes.IndexAny(rest, "\r\n")
		switch {
		case index < 0 && atEOF && len(rest) > 0:
			return skip, nil, errHalfEvent
		case index < 0:
			return skip, nil, nil
		case rest[index] == '\n':
			return skip + index + 1, rest[:index], nil
		case index+1 < len(rest):
			if rest[index+1] == '\n' {
				return skip + index + 2, rest[:index], nil
			}
			return skip + index + 1, rest[:index], nil
		default:
			// A CR at the end of what has arrived: the line is complete, its LF may follow.
			afterCR = true
			return skip + index + 1, rest[:index], nil
		}
	})
	return scanner
}

func (s *Stream) cutFor(reason int32) {
	if s.cut.CompareAndSwap(open, reason) {
		s.cancel()
	}
}

// fail closes the stream and remembers why; every later Next returns the same error.
func (s *Stream) fail(err error) *ClientError {
	reason := s.cut.Load()
	s.Close()
	if s.failure != nil {
		return s.failure
	}
	var failure *ClientError
	switch {
	case errors.As(err, &failure):
	case reason == cutAttach:
		failure = &ClientError{Code: CodeStreamAttachTimeout, Message: fmt.Sprintf("control-plane update stream did not attach within %v", s.attachFor), Timeout: true}
	case reason == cutIdle:
		failure = &ClientError{Code: CodeStream, Message: fmt.Sprintf("%s: no data for %v", streamFailed, s.idleFor), Timeout: true}
	case errors.Is(err, bufio.ErrTooLong):
		failure = &ClientError{Code: CodeEventTooLarge, Message: fmt.Sprintf("%s: a line exceeds %d bytes", streamFailed, s.maxEventBytes)}
	case reason == cutClosed:
		failure = &ClientError{Code: CodeStream, Message: streamFailed + ": the stream was closed"}
	case err == nil:
		failure = &ClientError{Code: CodeStream, Message: streamFailed + ": the server closed the stream"}
	case errors.Is(err, errHalfEvent):
		failure = &ClientError{Code: CodeStream, Message: streamFailed + ": " + err.Error()}
	default:
		failure = &ClientError{Code: CodeStream, Message: streamFailed + ": " + err.Error(), Timeout: isTimeout(err)}
	}
	if failure.URL == "" {
		failure.URL = s.url
	}
	if failure.Cause == nil && err != failure {
		failure.Cause = err
	}
	s.failure = failure
	return failure
}

// Next waits for the next snapshot event and decodes it.
func (s *Stream) Next() (*SnapshotEnvelope, error) {
	if s.failure != nil {
		return nil, s.failure
	}
	if s.idleTimer == nil {
		s.idleTimer = time.AfterFunc(s.idleFor, func() { s.cutFor(cutIdle) })
	} else {
		s.idleTimer.Reset(s.idleFor)
	}
	defer s.idleTimer.Stop()
	event := ""
	var data bytes.Buffer
	hasData := false
	for s.lines.Scan() {
		s.idleTimer.Reset(s.idleFor)
		line := s.lines.Bytes()
		if !s.started {
			s.started = true
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
		}
		if len(line) == 0 {
			if hasData && (event == snapshotEvent || (event == "" && snapshotEvent == "message")) {
				var envelope SnapshotEnvelope
				if err := decodeBody(data.Bytes(), &envelope); err != nil {
					return nil, s.fail(err)
				}
				if !s.attached {
					s.attached = true
					s.attachTimer.Stop()
				}
				return &envelope, nil
			}
			event, hasData = "", false
			data.Reset()
			continue
		}
		if line[0] == ':' {
			continue
		}
		field, value, _ := bytes.Cut(line, []byte(":"))
		value = bytes.TrimPrefix(value, []byte(" "))
		switch string(field) {
		case "event":
			event = string(value)
		case "data":
			size := data.Len() + len(value)
			if hasData {
				size++
			}
			if size > s.maxEventBytes {
				return nil, s.fail(&ClientError{Code: CodeEventTooLarge, Message: fmt.Sprintf("%s: an event's data exceeds %d bytes", streamFailed, s.maxEventBytes)})
			}
			if hasData {
				data.WriteByte('\n')
			}
			data.Write(value)
			hasData = true
		}
	}
	err := s.lines.Err()
	if err == nil && (hasData || event != "") {
		err = errHalfEvent
	}
	return nil, s.fail(err)
}

// Close ends the stream and releases its connection. It is safe to call more than once and
// from another goroutine than the one calling Next.
func (s *Stream) Close() {
	s.cutFor(cutClosed)
	s.cancel()
	s.attachTimer.Stop()
	if s.body != nil {
		s.body.Close()
	}
}
