package main

import (
	"encoding/json"
	"net/http"
	"os"
	"reflect"
	"testing"

	controlplane "github.com/opensymphony/opensymphony-control/generated/clients/go"
)

// live is the real `serve` the node test started (test/go-client.test.ts), and its publish token.
func live(t *testing.T) (*controlplane.Client, string) {
	t.Helper()
	url, token := os.Getenv("OPENSYMPHONY_LIVE_URL"), os.Getenv("OPENSYMPHONY_LIVE_PUBLISH_TOKEN")
	if url == "" || token == "" {
		t.Skip("OPENSYMPHONY_LIVE_URL and OPENSYMPHONY_LIVE_PUBLISH_TOKEN name a running serve (test/go-client.test.ts sets them)")
	}
	return newClient(t, url), token
}

func same(t *testing.T, what string, got, want interface{}) {
	t.Helper()
	left, _ := json.Marshal(got)
	right, _ := json.Marshal(want)
	if string(left) != string(right) {
		t.Fatalf("%s:\n got %s\nwant %s", what, left, right)
	}
}

func TestLiveAPublishedSnapshotIsStoredStreamedAndFetched(t *testing.T) {
	client, token := live(t)
	stream, err := openStream(t, client)
	if err != nil {
		t.Fatal(err)
	}
	current := nextEvent(t, stream)
	if current.err != nil {
		t.Fatal(current.err)
	}
	var snapshot controlplane.DaemonSnapshot
	if err := json.Unmarshal(fixtureSnapshot(t, "edge-values.json"), &snapshot); err != nil {
		t.Fatal(err)
	}
	stored, err := client.Publish(bg, &snapshot, token)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Sequence != current.envelope.Sequence+1 {
		t.Fatalf("the store counts the publish: %d after %d", stored.Sequence, current.envelope.Sequence)
	}
	same(t, "the stored snapshot is the one published", stored.Snapshot, snapshot)
	streamed := nextEvent(t, stream)
	if streamed.err != nil {
		t.Fatal(streamed.err)
	}
	same(t, "the stream carries the stored envelope", streamed.envelope, stored)
	fetched, err := client.FetchSnapshot(bg)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "the snapshot endpoint serves the stored envelope", fetched, stored)
}

func TestLivePublishRefusalsCarryTheServersStatusCodeAndDetails(t *testing.T) {
	client, token := live(t)
	var snapshot controlplane.DaemonSnapshot
	if err := json.Unmarshal(fixtureSnapshot(t, "reference-fixture-step-0.json"), &snapshot); err != nil {
		t.Fatal(err)
	}
	_, err := client.Publish(bg, &snapshot, "not-"+token)
	failure := clientError(t, err, controlplane.CodeRequest)
	if failure.Status != 401 || failure.ServerCode() != controlplane.ErrorCodeUnauthorized {
		t.Fatalf("a wrong token: %+v", failure)
	}
	// The zero value breaks the contract; the server names each violation.
	_, err = client.Publish(bg, &controlplane.DaemonSnapshot{}, token)
	failure = clientError(t, err, controlplane.CodeRequest)
	if failure.Status != 400 || failure.ServerCode() != controlplane.ErrorCodeInvalidSnapshot || len(failure.Body.Error.Details) == 0 {
		t.Fatalf("an invalid snapshot: %+v %+v", failure, failure.Body)
	}
	for _, detail := range failure.Body.Error.Details {
		if detail.Message == "" {
			t.Fatalf("every detail says what is wrong: %+v", failure.Body.Error.Details)
		}
	}
}

func TestLiveAStreamOnAMissingRouteIs404WithTheServersCode(t *testing.T) {
	client, _ := live(t)
	missing := newClient(t, client.Resolve("no-such-root"))
	_, err := openStream(t, missing)
	failure := clientError(t, err, controlplane.CodeStream)
	if failure.Status != 404 || failure.ServerCode() != controlplane.ErrorCodeNotFound {
		t.Fatalf("%+v", failure)
	}
}

// sameAsServed compares a decoded answer with what a plain GET of path answers, both as JSON values.
func sameAsServed(t *testing.T, client *controlplane.Client, path string, got interface{}) {
	t.Helper()
	response, err := http.Get(client.Resolve(path))
	if err != nil {
		t.Fatal(err)
	}
	defer response.Body.Close()
	var served, decoded interface{}
	if err := json.NewDecoder(response.Body).Decode(&served); err != nil {
		t.Fatal(err)
	}
	encoded, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(encoded, &decoded); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(decoded, served) {
		t.Fatalf("GET %s:\n got %s\nwant %v", path, encoded, served)
	}
}

func TestLiveEveryGeneratedReadDecodesWhatTheServerAnswers(t *testing.T) {
	client, _ := live(t)
	reads := []struct {
		path string
		call func() (interface{}, error)
	}{
		{"healthz", func() (interface{}, error) { return client.GetHealth(bg) }},
		{"readyz", func() (interface{}, error) { return client.GetReadiness(bg) }},
		{"api/v1/snapshot", func() (interface{}, error) { return client.GetSnapshot(bg) }},
		{"api/v1/history", func() (interface{}, error) { return client.GetHistory(bg) }},
		{"openapi.json", func() (interface{}, error) { return client.GetOpenAPIDocumentJSON(bg) }},
		{"asyncapi.json", func() (interface{}, error) { return client.GetAsyncAPIDocumentJSON(bg) }},
	}
	answers := map[string]interface{}{}
	for _, read := range reads {
		answer, err := read.call()
		if err != nil {
			t.Fatalf("GET %s: %v", read.path, err)
		}
		sameAsServed(t, client, read.path, answer)
		answers[read.path] = answer
	}
	if readiness := answers["readyz"].(*controlplane.ReadinessResponse); readiness.Status != "ready" {
		t.Fatalf("a running serve is ready: %+v", readiness)
	}
	envelope := answers["api/v1/snapshot"].(*controlplane.SnapshotEnvelope)
	history := answers["api/v1/history"].(*controlplane.MetricsHistory)
	if len(history.Points) == 0 || history.Points[len(history.Points)-1].Sequence != envelope.Sequence {
		t.Fatalf("the history ends with the current envelope's point (sequence %d): %+v", envelope.Sequence, history.Points)
	}
}
