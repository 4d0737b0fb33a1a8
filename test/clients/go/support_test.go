package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	controlplane "github.com/opensymphony/opensymphony-control/generated/clients/go"
)

// sseHeaders opens an event stream, as the reference's raw test servers write it.
const sseHeaders = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\nconnection: keep-alive\r\n\r\n"

// deadline bounds every wait of a test; the client's own deadlines are what is under test.
const deadline = 10 * time.Second

// fixtureSnapshot is a golden snapshot of the contract, as raw JSON.
func fixtureSnapshot(t *testing.T, name string) json.RawMessage {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "snapshots", "valid", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// envelopeJSON is a SnapshotEnvelope around a golden snapshot, on one line, as a stream carries it.
func envelopeJSON(t *testing.T, sequence uint64) string {
	t.Helper()
	var compact bytes.Buffer
	if err := json.Compact(&compact, fixtureSnapshot(t, "reference-fixture-step-0.json")); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf(`{"sequence":%d,"published_at":"2026-03-21T20:00:00.123456789Z","snapshot":%s}`, sequence, compact.String())
}

func event(t *testing.T, sequence uint64) string {
	return "event: snapshot\nid: " + fmt.Sprint(sequence) + "\ndata: " + envelopeJSON(t, sequence) + "\n\n"
}

// rawServer is a TCP server on 127.0.0.1:0 that misbehaves on purpose: serve gets each
// connection after its request head has been read, and the head itself.
type rawServer struct {
	URL      string
	listener net.Listener
	mutex    sync.Mutex
	conns    []net.Conn
	done     sync.WaitGroup
}

func newRawServer(t *testing.T, serve func(conn net.Conn, head string)) *rawServer {
	t.Helper()
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	server := &rawServer{URL: "http://" + listener.Addr().String() + "/", listener: listener}
	server.done.Add(1)
	go func() {
		defer server.done.Done()
		for {
			conn, err := listener.Accept()
			if err != nil {
				return
			}
			server.mutex.Lock()
			server.conns = append(server.conns, conn)
			server.mutex.Unlock()
			server.done.Add(1)
			go func() {
				defer server.done.Done()
				defer conn.Close()
				reader := bufio.NewReader(conn)
				var head strings.Builder
				for {
					line, err := reader.ReadString('\n')
					if err != nil {
						return
					}
					head.WriteString(line)
					if line == "\r\n" {
						break
					}
				}
				serve(conn, head.String())
			}()
		}
	}()
	t.Cleanup(func() {
		listener.Close()
		server.mutex.Lock()
		for _, conn := range server.conns {
			conn.Close()
		}
		server.mutex.Unlock()
		server.done.Wait()
	})
	return server
}

// stall holds a connection on purpose, as a hung server would; it returns when the client
// hangs up or the test ends, and says whether the client hung up.
func stall(conn net.Conn, limit time.Duration) bool {
	if err := conn.SetReadDeadline(time.Now().Add(limit)); err != nil {
		return false
	}
	var scratch [512]byte
	for {
		if _, err := conn.Read(scratch[:]); err != nil {
			var network net.Error
			return !(errors.As(err, &network) && network.Timeout())
		}
	}
}

// answer writes a complete HTTP response.
func answer(conn net.Conn, status int, headers map[string]string, body string) {
	var text strings.Builder
	fmt.Fprintf(&text, "HTTP/1.1 %d %s\r\ncontent-length: %d\r\nconnection: close\r\n", status, http.StatusText(status), len(body))
	for name, value := range headers {
		fmt.Fprintf(&text, "%s: %s\r\n", name, value)
	}
	text.WriteString("\r\n" + body)
	conn.Write([]byte(text.String()))
}

func newClient(t *testing.T, url string, options ...controlplane.Option) *controlplane.Client {
	t.Helper()
	client, err := controlplane.NewClient(url, options...)
	if err != nil {
		t.Fatal(err)
	}
	return client
}

// clientError asserts err is a *ClientError with the code.
func clientError(t *testing.T, err error, code controlplane.ClientErrorCode) *controlplane.ClientError {
	t.Helper()
	var failure *controlplane.ClientError
	if !errors.As(err, &failure) {
		t.Fatalf("expected a *ClientError %s, got %T: %v", code, err, err)
	}
	if failure.Code != code {
		t.Fatalf("expected code %s, got %s: %s", code, failure.Code, failure.Message)
	}
	return failure
}

// within runs work and fails the test if it does not return in time.
func within[T any](t *testing.T, limit time.Duration, what string, work func() T) T {
	t.Helper()
	result := make(chan T, 1)
	go func() { result <- work() }()
	select {
	case value := <-result:
		return value
	case <-time.After(limit):
		t.Fatalf("%s did not return within %v", what, limit)
		panic("unreachable")
	}
}

type outcome struct {
	envelope *controlplane.SnapshotEnvelope
	err      error
	elapsed  time.Duration
}

// nextEvent opens the stream if needed and waits for its next event, under the test deadline.
func nextEvent(t *testing.T, stream *controlplane.Stream) outcome {
	t.Helper()
	return within(t, deadline, "Next", func() outcome {
		began := time.Now()
		envelope, err := stream.Next()
		return outcome{envelope, err, time.Since(began)}
	})
}

func openStream(t *testing.T, client *controlplane.Client) (*controlplane.Stream, error) {
	t.Helper()
	type opened struct {
		stream *controlplane.Stream
		err    error
	}
	result := within(t, deadline, "StreamUpdates", func() opened {
		stream, err := client.StreamUpdates(bg, nil)
		return opened{stream, err}
	})
	if result.stream != nil {
		t.Cleanup(result.stream.Close)
	}
	return result.stream, result.err
}

// allocated is how many bytes work allocated on the heap, in all.
func allocated(work func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	work()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
