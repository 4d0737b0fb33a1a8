package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	controlplane "github.com/opensymphony/opensymphony-control/generated/clients/go"
)

var bg = context.Background()

const unauthorizedBody = `{"error":{"code":"unauthorized","message":"a valid bearer token is required"}}`

func TestTheOneArgumentConstructorKeepsTheDefaults(t *testing.T) {
	client, err := controlplane.NewClient("http://127.0.0.1:1/opensymphony")
	if err != nil {
		t.Fatal(err)
	}
	if client.MaxEventBytes() != 16*1024*1024 || controlplane.DefaultMaxEventBytes != 16777216 {
		t.Fatalf("the default event limit is 16 MiB, got %d", client.MaxEventBytes())
	}
	if client.SnapshotTimeout != controlplane.SnapshotTimeout || client.HTTP == nil {
		t.Fatal("the one-argument constructor sets the reference's deadlines and an HTTP client")
	}
	if got := client.Resolve("api/v1/snapshot"); got != "http://127.0.0.1:1/opensymphony/api/v1/snapshot" {
		t.Fatalf("the base path is kept: %s", got)
	}
}

func TestInvalidOptionsAreOptionErrorsAndABadURLIsInvalidBaseURL(t *testing.T) {
	for name, option := range map[string]controlplane.Option{
		"WithMaxEventBytes": controlplane.WithMaxEventBytes(0),
		"WithHTTPClient":    controlplane.WithHTTPClient(nil),
	} {
		_, err := controlplane.NewClient("http://127.0.0.1:1", option)
		var failure *controlplane.OptionError
		if !errors.As(err, &failure) || failure.Option != name {
			t.Fatalf("%s: expected an *OptionError, got %T %v", name, err, err)
		}
	}
	_, err := controlplane.NewClient("ftp://example", controlplane.WithReadToken("t"))
	clientError(t, err, controlplane.CodeInvalidBaseURL)
}

// tokenServer answers like a server started with a read token: 401 and the Error envelope
// unless the request carries the token (or, on publish, the publish token).
func tokenServer(t *testing.T, readToken, publishToken string) (*httptest.Server, *[]string) {
	var mutex sync.Mutex
	seen := []string{}
	server := httptest.NewServer(http.HandlerFunc(func(response http.ResponseWriter, request *http.Request) {
		mutex.Lock()
		seen = append(seen, request.Method+" "+request.URL.Path+" "+request.Header.Get("Authorization"))
		mutex.Unlock()
		allowed := request.Header.Get("Authorization") == "Bearer "+readToken
		if request.Method == http.MethodPut {
			allowed = request.Header.Get("Authorization") == "Bearer "+publishToken
		}
		if !allowed {
			response.Header().Set("WWW-Authenticate", `Bearer realm="opensymphony-control"`)
			response.Header().Set("Content-Type", "application/json")
			response.WriteHeader(http.StatusUnauthorized)
			io.WriteString(response, unauthorizedBody)
			return
		}
		switch request.URL.Path {
		case "/healthz":
			io.WriteString(response, `{"status":"ok","current_sequence":1,"published_at":"2026-03-21T20:00:00Z","issue_count":1}`)
		case "/api/v1/snapshot":
			if request.Method == http.MethodPut {
				var snapshot controlplane.DaemonSnapshot
				body, _ := io.ReadAll(request.Body)
				if request.Header.Get("Content-Type") != "application/json" || json.Unmarshal(body, &snapshot) != nil {
					response.WriteHeader(http.StatusBadRequest)
					return
				}
				io.WriteString(response, `{"sequence":2,"published_at":"2026-03-21T20:00:01Z","snapshot":`+string(body)+`}`)
				return
			}
			io.WriteString(response, envelopeJSON(t, 1))
		case "/api/v1/events":
			response.Header().Set("Content-Type", "text/event-stream")
			io.WriteString(response, event(t, 1))
		}
	}))
	t.Cleanup(server.Close)
	return server, &seen
}

func TestTheReadTokenIsSentOnEveryReadAndThePublishTokenOnPublish(t *testing.T) {
	server, seen := tokenServer(t, "read-secret", "publish-secret")
	client := newClient(t, server.URL, controlplane.WithReadToken("read-secret"))
	if _, err := client.Health(bg); err != nil {
		t.Fatal(err)
	}
	current, err := client.FetchSnapshot(bg)
	if err != nil {
		t.Fatal(err)
	}
	stream, err := openStream(t, client)
	if err != nil {
		t.Fatal(err)
	}
	if got := nextEvent(t, stream); got.err != nil || got.envelope.Sequence != 1 {
		t.Fatalf("the stream delivers with the read token: %+v", got)
	}
	stored, err := client.Publish(bg, &current.Snapshot, "publish-secret")
	if err != nil {
		t.Fatal(err)
	}
	if stored.Sequence != 2 || stored.Snapshot.GeneratedAt != current.Snapshot.GeneratedAt {
		t.Fatalf("Publish decodes the stored envelope: %+v", stored)
	}
	want := []string{
		"GET /healthz Bearer read-secret",
		"GET /api/v1/snapshot Bearer read-secret",
		"GET /api/v1/events Bearer read-secret",
		"PUT /api/v1/snapshot Bearer publish-secret",
	}
	if strings.Join(*seen, "\n") != strings.Join(want, "\n") {
		t.Fatalf("requests:\n%s\nwant:\n%s", strings.Join(*seen, "\n"), strings.Join(want, "\n"))
	}
}

func TestWithoutTheReadTokenEveryReadFailsWithStatus401AndTheServersCode(t *testing.T) {
	server, _ := tokenServer(t, "read-secret", "publish-secret")
	client := newClient(t, server.URL, controlplane.WithReadToken("wrong"))
	_, err := client.FetchSnapshot(bg)
	failure := clientError(t, err, controlplane.CodeRequest)
	if failure.Status != 401 || failure.ServerCode() != controlplane.ErrorCodeUnauthorized || !strings.Contains(failure.Message, "unauthorized") {
		t.Fatalf("FetchSnapshot: %+v", failure)
	}
	_, err = client.Health(bg)
	if failure := clientError(t, err, controlplane.CodeRequest); failure.Status != 401 {
		t.Fatalf("Health: %+v", failure)
	}
	_, err = openStream(t, client)
	failure = clientError(t, err, controlplane.CodeStream)
	if failure.Status != 401 || failure.ServerCode() != controlplane.ErrorCodeUnauthorized || failure.Body.Error.Message != "a valid bearer token is required" {
		t.Fatalf("StreamUpdates: %+v", failure)
	}
	_, err = client.Publish(bg, &controlplane.DaemonSnapshot{}, "read-secret")
	if failure := clientError(t, err, controlplane.CodeRequest); failure.Status != 401 {
		t.Fatalf("Publish with the read token: %+v", failure)
	}
}

func TestPublishRefusalsCarryTheStatusTheServersCodeAndItsDetails(t *testing.T) {
	cases := []struct {
		status int
		body   string
		code   controlplane.ErrorCode
	}{
		{400, `{"error":{"code":"invalid_snapshot","message":"the snapshot breaks the contract","details":[{"path":"/daemon/state","message":"must be one of starting, ready"},{"path":"","message":"must have metrics"}]}}`, "invalid_snapshot"},
		{403, `{"error":{"code":"host_not_allowed","message":"add --allowed-host"}}`, "host_not_allowed"},
		{413, `{"error":{"code":"payload_too_large","message":"over 1 MiB"}}`, "payload_too_large"},
		{502, `<html>bad gateway</html>`, ""},
	}
	for _, each := range cases {
		each := each
		server := newRawServer(t, func(conn net.Conn, head string) {
			answer(conn, each.status, map[string]string{"content-type": "application/json"}, each.body)
		})
		client := newClient(t, server.URL)
		_, err := client.Publish(bg, &controlplane.DaemonSnapshot{}, "token")
		failure := clientError(t, err, controlplane.CodeRequest)
		if failure.Status != each.status || failure.ServerCode() != each.code || failure.Timeout {
			t.Fatalf("HTTP %d: %+v", each.status, failure)
		}
		if each.status == 400 {
			details := failure.Body.Error.Details
			if len(details) != 2 || details[0].Path != "/daemon/state" || details[1].Message != "must have metrics" {
				t.Fatalf("the details are kept: %+v", details)
			}
		}
	}
	_, err := newClient(t, "http://127.0.0.1:1").Publish(bg, nil, "token")
	clientError(t, err, controlplane.CodeRequest)
}

func TestStreamRefusalsCarryTheStatusTheServersCodeAndRetryAfter(t *testing.T) {
	cases := []struct {
		status int
		body   string
		code   controlplane.ErrorCode
		retry  time.Duration
	}{
		{503, `{"error":{"code":"too_many_subscribers","message":"try later"}}`, "too_many_subscribers", 7 * time.Second},
		{429, `{"error":{"code":"too_many_requests","message":"slow down"}}`, "too_many_requests", 7 * time.Second},
		{404, `{"error":{"code":"not_found","message":"no such route"}}`, controlplane.ErrorCodeNotFound, 0},
		{500, `Internal Server Error`, "", 0},
		{204, ``, "", 0},
	}
	for _, each := range cases {
		each := each
		server := newRawServer(t, func(conn net.Conn, head string) {
			headers := map[string]string{"content-type": "application/json"}
			if each.retry > 0 {
				headers["retry-after"] = "7"
			}
			answer(conn, each.status, headers, each.body)
		})
		_, err := openStream(t, newClient(t, server.URL))
		failure := clientError(t, err, controlplane.CodeStream)
		if failure.Status != each.status || failure.ServerCode() != each.code || failure.RetryAfter != each.retry {
			t.Fatalf("HTTP %d: %+v", each.status, failure)
		}
	}
}

func TestAWrongContentTypeIsAStreamErrorNamingTheType(t *testing.T) {
	server := newRawServer(t, func(conn net.Conn, head string) {
		answer(conn, 200, map[string]string{"content-type": "text/html"}, "<html>"+strings.Repeat(" ", 100)+"</html>")
	})
	_, err := openStream(t, newClient(t, server.URL))
	failure := clientError(t, err, controlplane.CodeStream)
	if failure.Status != 200 || !strings.Contains(failure.Message, `"text/html"`) {
		t.Fatalf("%+v", failure)
	}
}

func TestADocumentAnsweredWithoutItsRequiredMemberOrAsAnArrayIsADecodeError(t *testing.T) {
	for body, path := range map[string]string{`{"info":{}}`: "/openapi", `[{"openapi":"3.1.1"}]`: "", `null`: ""} {
		server := httptest.NewServer(http.HandlerFunc(func(response http.ResponseWriter, request *http.Request) {
			response.Header().Set("Content-Type", "application/json")
			io.WriteString(response, body)
		}))
		document, err := newClient(t, server.URL).GetOpenAPIDocumentJSON(bg)
		server.Close()
		failure := clientError(t, err, controlplane.CodeDecode)
		var decode *controlplane.DecodeError
		if document != nil || !errors.As(failure, &decode) || decode.Path != path {
			t.Fatalf("%s: %v %+v", body, document, failure)
		}
	}
}
