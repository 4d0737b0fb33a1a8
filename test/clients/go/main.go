// Test harness for the generated Go client (driven by test/clients.test.ts).
//
//	harness decode <snapshots-dir>   one JSON line per manifest file: decoded and re-encoded, or the error
//	harness roundtrip <url> <n>      health, snapshot, then n stream events, one JSON line each
//	harness attach <url> <ms>        open the stream with an attach deadline of ms; print the error code
//	harness fetch <url> <ms>         fetch the snapshot with a deadline of ms; print the error code
//	harness read <url> [token]       health, snapshot and the first event with a read token; one JSON line each, or the error
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	controlplane "github.com/opensymphony/opensymphony-control/generated/clients/go"
)

func emit(record map[string]interface{}) {
	line, err := json.Marshal(record)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(line))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

func decode(dir string) {
	var manifest struct {
		Valid   []struct{ File string } `json:"valid"`
		Invalid []struct{ File string } `json:"invalid"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		fail(err)
	}
	if err := json.Unmarshal(data, &manifest); err != nil {
		fail(err)
	}
	for _, entry := range append(manifest.Valid, manifest.Invalid...) {
		raw, err := os.ReadFile(filepath.Join(dir, entry.File))
		if err != nil {
			fail(err)
		}
		var snapshot controlplane.DaemonSnapshot
		if err := json.Unmarshal(raw, &snapshot); err != nil {
			emit(map[string]interface{}{"file": entry.File, "ok": false, "error": err.Error()})
			continue
		}
		emit(map[string]interface{}{"file": entry.File, "ok": true, "encoded": snapshot})
	}
}

func roundtrip(url string, count int) {
	client, err := controlplane.NewClient(url)
	if err != nil {
		fail(err)
	}
	ctx := context.Background()
	health, err := client.Health(ctx)
	if err != nil {
		fail(err)
	}
	emit(map[string]interface{}{"health": health})
	snapshot, err := client.FetchSnapshot(ctx)
	if err != nil {
		fail(err)
	}
	emit(map[string]interface{}{"snapshot": snapshot})
	stream, err := client.StreamUpdates(ctx, nil)
	if err != nil {
		fail(err)
	}
	defer stream.Close()
	for index := 0; index < count; index++ {
		envelope, err := stream.Next()
		if err != nil {
			fail(err)
		}
		emit(map[string]interface{}{"event": envelope})
	}
}

func failure(url string, ms int, attach bool) {
	client, err := controlplane.NewClient(url)
	if err == nil {
		client.SnapshotTimeout = time.Duration(ms) * time.Millisecond
		client.StreamAttachTimeout = time.Duration(ms) * time.Millisecond
		if attach {
			var stream *controlplane.Stream
			if stream, err = client.StreamUpdates(context.Background(), nil); err == nil {
				_, err = stream.Next()
				stream.Close()
			}
		} else {
			_, err = client.FetchSnapshot(context.Background())
		}
	}
	if failure, ok := err.(*controlplane.ClientError); ok {
		emit(map[string]interface{}{"error_code": failure.Code, "timeout": failure.Timeout, "message": failure.Message})
		return
	}
	emit(map[string]interface{}{"error_code": nil, "message": fmt.Sprint(err)})
}

// read does every read with an optional read token and reports each outcome, failures included.
func read(url string, token string) {
	client, err := controlplane.NewClient(url, controlplane.WithReadToken(token))
	if err != nil {
		fail(err)
	}
	report := func(what string, value interface{}, err error) {
		if failure, ok := err.(*controlplane.ClientError); ok {
			emit(map[string]interface{}{"what": what, "error_code": failure.Code, "status": failure.Status, "server_code": failure.ServerCode()})
			return
		}
		if err != nil {
			fail(err)
		}
		emit(map[string]interface{}{"what": what, "ok": value != nil})
	}
	ctx := context.Background()
	health, err := client.Health(ctx)
	report("health", health, err)
	snapshot, err := client.FetchSnapshot(ctx)
	report("snapshot", snapshot, err)
	stream, err := client.StreamUpdates(ctx, nil)
	if err == nil {
		defer stream.Close()
		var envelope *controlplane.SnapshotEnvelope
		envelope, err = stream.Next()
		report("stream", envelope, err)
		return
	}
	report("stream", nil, err)
}

func main() {
	count, _ := strconv.Atoi(os.Args[len(os.Args)-1])
	switch os.Args[1] {
	case "decode":
		decode(os.Args[2])
	case "roundtrip":
		roundtrip(os.Args[2], count)
	case "read":
		token := ""
		if len(os.Args) > 3 {
			token = os.Args[3]
		}
		read(os.Args[2], token)
	default:
		failure(os.Args[2], count, os.Args[1] == "attach")
	}
}
