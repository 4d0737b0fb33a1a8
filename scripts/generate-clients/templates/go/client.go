package {{GO_PACKAGE}}

// A client of the OpenSymphony control plane, with the reference's deadlines and errors:
//
//	client, err := controlplane.NewClient("http://127.0.0.1:2468/opensymphony")
//	envelope, err := client.FetchSnapshot(ctx)   // {{SNAPSHOT_TIMEOUT_MS}} ms deadline
//	health, err := client.Health(ctx)
//	stream, err := client.StreamUpdates(ctx, nil)
//	for { envelope, err := stream.Next() ... }

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

const (
	// SnapshotTimeout bounds a whole JSON exchange, body included, so callers retry instead of hanging.
	SnapshotTimeout = {{SNAPSHOT_TIMEOUT_MS}} * time.Millisecond
	// StreamAttachTimeout bounds connecting and receiving the first snapshot; keepalives do not count.
	StreamAttachTimeout = {{STREAM_ATTACH_TIMEOUT_MS}} * time.Millisecond
	// StreamReadTimeout: after attaching, a stream silent this long (not even a keepalive) is dead.
	StreamReadTimeout = {{STREAM_READ_TIMEOUT_MS}} * time.Millisecond
	snapshotEvent     = "{{SNAPSHOT_EVENT}}"
)

// ClientErrorCode says which kind of client error happened.
type ClientErrorCode string

const (
	CodeInvalidBaseURL      ClientErrorCode = "invalid_base_url"
	CodeRequest             ClientErrorCode = "request"
	CodeStream              ClientErrorCode = "stream"
	CodeStreamAttachTimeout ClientErrorCode = "stream_attach_timeout"
	CodeDecode              ClientErrorCode = "decode"
)

// ClientError is every error the client returns.
type ClientError struct {
	Code    ClientErrorCode
	Message string
	URL     string
	// Status is the HTTP status of a non-2xx answer, 0 otherwise.
	Status int
	// Timeout is true when a deadline passed.
	Timeout bool
	// Body is the server's Error envelope of a non-2xx answer, when it sent one.
	Body  *Error
	Cause error
}

func (e *ClientError) Error() string { return e.Message }
func (e *ClientError) Unwrap() error { return e.Cause }

// Client talks to one control plane.
type Client struct {
	base                *url.URL
	HTTP                *http.Client
	SnapshotTimeout     time.Duration
	StreamAttachTimeout time.Duration
	StreamReadTimeout   time.Duration
}

// NewClient takes the service root: "http://proxy/opensymphony" and ".../opensymphony/" are the same.
func NewClient(baseURL string) (*Client, error) {
	parsed, err := url.Parse(baseURL)
	if err != nil || (parsed.Scheme != "http" && parsed.Scheme != "https") || parsed.Host == "" {
		return nil, &ClientError{Code: CodeInvalidBaseURL, Message: fmt.Sprintf("failed to resolve control-plane paths against `%s`", baseURL), URL: baseURL, Cause: err}
	}
	if !strings.HasSuffix(parsed.Path, "/") {
		parsed.Path += "/"
	}
	parsed.RawQuery, parsed.Fragment = "", ""
	return &Client{base: parsed, HTTP: &http.Client{}, SnapshotTimeout: SnapshotTimeout, StreamAttachTimeout: StreamAttachTimeout, StreamReadTimeout: StreamReadTimeout}, nil
}

// Resolve gives the URL of a path (such as "api/v1/snapshot") under the service root.
func (c *Client) Resolve(path string) string {
	return c.base.ResolveReference(&url.URL{Path: strings.TrimPrefix(path, "/")}).String()
}

func decodeBody(body []byte, target interface{}) error {
	if err := json.Unmarshal(body, target); err != nil {
		return &ClientError{Code: CodeDecode, Message: "failed to decode control-plane payload: " + err.Error(), Cause: err}
	}
	return nil
}

func (c *Client) getJSON(ctx context.Context, path string, target interface{}) error {
	address := c.Resolve(path)
	ctx, cancel := context.WithTimeout(ctx, c.SnapshotTimeout)
	defer cancel()
	request, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return &ClientError{Code: CodeRequest, Message: "control-plane HTTP request failed: " + err.Error(), URL: address, Cause: err}
	}
	request.Header.Set("Accept", "application/json")
	response, err := c.HTTP.Do(request)
	var body []byte
	if err == nil {
		body, err = io.ReadAll(response.Body)
		response.Body.Close()
	}
	if err != nil {
		timeout := errors.Is(err, context.DeadlineExceeded)
		message := "control-plane HTTP request failed: " + err.Error()
		if timeout {
			message = fmt.Sprintf("control-plane HTTP request failed: no complete response within %v", c.SnapshotTimeout)
		}
		return &ClientError{Code: CodeRequest, Message: message, URL: address, Timeout: timeout, Cause: err}
	}
	if response.StatusCode < 200 || response.StatusCode > 299 {
		failure := &ClientError{Code: CodeRequest, Message: fmt.Sprintf("control-plane HTTP request failed: HTTP %d", response.StatusCode), URL: address, Status: response.StatusCode}
		var envelope Error
		if json.Unmarshal(body, &envelope) == nil {
			failure.Body = &envelope
		}
		return failure
	}
	return decodeBody(body, target)
}

// FetchSnapshot is GET {{SNAPSHOT_PATH}}, decoded, within the snapshot deadline.
func (c *Client) FetchSnapshot(ctx context.Context) (*SnapshotEnvelope, error) {
	var envelope SnapshotEnvelope
	if err := c.getJSON(ctx, "{{SNAPSHOT_PATH}}", &envelope); err != nil {
		return nil, err
	}
	return &envelope, nil
}

// Health is GET {{HEALTH_PATH}}, decoded, within the snapshot deadline.
func (c *Client) Health(ctx context.Context) (*HealthResponse, error) {
	var health HealthResponse
	if err := c.getJSON(ctx, "{{HEALTH_PATH}}", &health); err != nil {
		return nil, err
	}
	return &health, nil
}

type line struct {
	text string
	err  error
}

// Stream is an open event stream; call Next until it fails, and Close when done.
type Stream struct {
	url       string
	body      io.ReadCloser
	cancel    context.CancelFunc
	lines     chan line
	attach    *time.Timer
	attached  bool
	attachFor time.Duration
	idleFor   time.Duration
}

// StreamUpdates opens GET {{EVENTS_PATH}}. lastEventID, when not nil, is sent as {{LAST_EVENT_ID_HEADER}}.
func (c *Client) StreamUpdates(ctx context.Context, lastEventID *uint64) (*Stream, error) {
	address := c.Resolve("{{EVENTS_PATH}}")
	ctx, cancel := context.WithCancel(ctx)
	stream := &Stream{url: address, cancel: cancel, lines: make(chan line, 64), attach: time.NewTimer(c.StreamAttachTimeout), attachFor: c.StreamAttachTimeout, idleFor: c.StreamReadTimeout}
	request, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		cancel()
		return nil, &ClientError{Code: CodeStream, Message: "control-plane update stream failed: " + err.Error(), URL: address, Cause: err}
	}
	request.Header.Set("Accept", "{{EVENT_STREAM_CONTENT_TYPE}}")
	if lastEventID != nil {
		request.Header.Set("{{LAST_EVENT_ID_HEADER}}", strconv.FormatUint(*lastEventID, 10))
	}
	opened := make(chan error, 1)
	go func() {
		response, err := c.HTTP.Do(request)
		if err != nil {
			opened <- err
			return
		}
		if response.StatusCode != http.StatusOK {
			response.Body.Close()
			opened <- &ClientError{Code: CodeStream, Message: fmt.Sprintf("control-plane update stream failed: HTTP %d", response.StatusCode), URL: address, Status: response.StatusCode}
			return
		}
		if kind := response.Header.Get("Content-Type"); !strings.HasPrefix(strings.ToLower(kind), "{{EVENT_STREAM_CONTENT_TYPE}}") {
			response.Body.Close()
			opened <- &ClientError{Code: CodeStream, Message: fmt.Sprintf("control-plane update stream failed: content type is %q", kind), URL: address}
			return
		}
		stream.body = response.Body
		opened <- nil
		reader := bufio.NewReader(response.Body)
		for {
			text, err := reader.ReadString('\n')
			if err != nil {
				stream.lines <- line{err: err}
				close(stream.lines)
				return
			}
			stream.lines <- line{text: strings.TrimRight(text, "\r\n")}
		}
	}()
	select {
	case err := <-opened:
		if err != nil {
			stream.Close()
			if failure, ok := err.(*ClientError); ok {
				return nil, failure
			}
			return nil, &ClientError{Code: CodeStream, Message: "control-plane update stream failed: " + err.Error(), URL: address, Cause: err}
		}
	case <-stream.attach.C:
		stream.Close()
		return nil, &ClientError{Code: CodeStreamAttachTimeout, Message: fmt.Sprintf("control-plane update stream did not attach within %v", c.StreamAttachTimeout), Timeout: true, URL: address}
	}
	return stream, nil
}

// Next waits for the next snapshot event and decodes it.
func (s *Stream) Next() (*SnapshotEnvelope, error) {
	event, data := "", []string{}
	idle := time.NewTimer(s.idleFor)
	defer idle.Stop()
	for {
		select {
		case <-s.attach.C:
			s.Close()
			return nil, &ClientError{Code: CodeStreamAttachTimeout, Message: fmt.Sprintf("control-plane update stream did not attach within %v", s.attachFor), Timeout: true, URL: s.url}
		case <-idle.C:
			s.Close()
			return nil, &ClientError{Code: CodeStream, Message: fmt.Sprintf("control-plane update stream failed: no data for %v", s.idleFor), Timeout: true, URL: s.url}
		case next, ok := <-s.lines:
			if !ok || next.err != nil {
				s.Close()
				return nil, &ClientError{Code: CodeStream, Message: "control-plane update stream failed: the server closed the stream", URL: s.url, Cause: next.err}
			}
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(s.idleFor)
			switch {
			case next.text == "":
				if len(data) > 0 && (event == snapshotEvent || (event == "" && snapshotEvent == "message")) {
					var envelope SnapshotEnvelope
					if err := decodeBody([]byte(strings.Join(data, "\n")), &envelope); err != nil {
						s.Close()
						return nil, err
					}
					if !s.attached {
						s.attached = true
						s.attach.Stop()
					}
					return &envelope, nil
				}
				event, data = "", data[:0]
			case strings.HasPrefix(next.text, ":"):
			default:
				field, value, _ := strings.Cut(next.text, ":")
				value = strings.TrimPrefix(value, " ")
				switch field {
				case "event":
					event = value
				case "data":
					data = append(data, value)
				}
			}
		}
	}
}

// Close ends the stream.
func (s *Stream) Close() {
	s.cancel()
	if s.body != nil {
		s.body.Close()
	}
}
