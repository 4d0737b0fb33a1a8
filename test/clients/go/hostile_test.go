package main

import (
	"encoding/json"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	controlplane "github.com/opensymphony/opensymphony-control/generated/clients/go"
)

const mebibyte = 1024 * 1024

// endless writes chunk until the client hangs up or total bytes are out.
func endless(conn net.Conn, chunk []byte, total int) {
	for sent := 0; sent < total; sent += len(chunk) {
		if _, err := conn.Write(chunk); err != nil {
			return
		}
	}
}

func TestALineOverTheLimitIsEventTooLargeAndMemoryStaysBounded(t *testing.T) {
	chunk := []byte(strings.Repeat("x", 64*1024))
	server := newRawServer(t, func(conn net.Conn, head string) {
		conn.Write([]byte(sseHeaders + "data: "))
		endless(conn, chunk, 64*mebibyte)
	})
	client := newClient(t, server.URL, controlplane.WithMaxEventBytes(mebibyte))
	var got outcome
	spent := allocated(func() {
		stream, err := openStream(t, client)
		if err != nil {
			t.Fatal(err)
		}
		got = nextEvent(t, stream)
	})
	failure := clientError(t, got.err, controlplane.CodeEventTooLarge)
	if !strings.Contains(failure.Message, "1048576 bytes") {
		t.Fatalf("the message names the limit: %s", failure.Message)
	}
	// The scanner's buffer doubles up to the limit: about twice the limit in all, never 64 MiB.
	if spent > 3*mebibyte {
		t.Fatalf("a 64 MiB line against a 1 MiB limit allocated %d bytes", spent)
	}
	t.Logf("a 64 MiB line against a 1 MiB limit allocated %.1f MiB", float64(spent)/mebibyte)
}

func TestTheDefaultLimitIs16MiBOnTheWire(t *testing.T) {
	chunk := []byte(strings.Repeat("y", 64*1024))
	server := newRawServer(t, func(conn net.Conn, head string) {
		conn.Write([]byte(sseHeaders + ": "))
		endless(conn, chunk, 20*mebibyte)
	})
	var got outcome
	spent := allocated(func() {
		client := newClient(t, server.URL)
		// 20 MiB through loopback while other tests load the machine can outlast the 5 s attach
		// deadline: this test is about the size limit, so the deadline is out of its way.
		client.StreamAttachTimeout = 30 * time.Second
		stream, err := openStream(t, client)
		if err != nil {
			t.Fatal(err)
		}
		got = within(t, client.StreamAttachTimeout+deadline, "Next", func() outcome {
			envelope, err := stream.Next()
			return outcome{envelope, err, 0}
		})
	})
	clientError(t, got.err, controlplane.CodeEventTooLarge)
	if spent > 40*mebibyte {
		t.Fatalf("a 20 MiB comment line against the 16 MiB default allocated %d bytes", spent)
	}
	t.Logf("a 20 MiB line against the 16 MiB default allocated %.1f MiB", float64(spent)/mebibyte)
}

func TestAnEventWhoseDataLinesAddUpOverTheLimitIsEventTooLarge(t *testing.T) {
	line := "data: " + strings.Repeat("z", 1000) + "\n"
	server := newRawServer(t, func(conn net.Conn, head string) {
		conn.Write([]byte(sseHeaders + "event: snapshot\n"))
		endless(conn, []byte(line), 8*mebibyte)
	})
	stream, err := openStream(t, newClient(t, server.URL, controlplane.WithMaxEventBytes(64*1024)))
	if err != nil {
		t.Fatal(err)
	}
	failure := clientError(t, nextEvent(t, stream).err, controlplane.CodeEventTooLarge)
	if !strings.Contains(failure.Message, "event's data exceeds 65536 bytes") {
		t.Fatalf("%s", failure.Message)
	}
}

func TestAResponseBodyOverTheLimitIsEventTooLarge(t *testing.T) {
	server := newRawServer(t, func(conn net.Conn, head string) {
		body := `{"sequence":1,"junk":"` + strings.Repeat("j", 2*mebibyte) + `"}`
		answer(conn, 200, map[string]string{"content-type": "application/json"}, body)
	})
	_, err := newClient(t, server.URL, controlplane.WithMaxEventBytes(mebibyte)).FetchSnapshot(bg)
	failure := clientError(t, err, controlplane.CodeEventTooLarge)
	if failure.Status != 200 {
		t.Fatalf("%+v", failure)
	}
}

func nested(depth int, inner string) string {
	return strings.Repeat("[", depth) + inner + strings.Repeat("]", depth)
}

func TestDeeplyNestedJSONIsATypedDecodeErrorNeverAPanic(t *testing.T) {
	deep := nested(100000, "1")
	payloads := map[string]string{
		"top level":           deep,
		"in an unknown field": strings.Replace(envelopeJSON(t, 1), `{"sequence":1,`, `{"sequence":1,"extra":`+deep+`,`, 1),
		"in a known field":    strings.Replace(envelopeJSON(t, 1), `"sequence":1`, `"sequence":`+deep, 1),
	}
	for name, payload := range payloads {
		payload := payload
		server := newRawServer(t, func(conn net.Conn, head string) {
			if strings.Contains(head, "/events") {
				conn.Write([]byte(sseHeaders + "event: snapshot\ndata: " + payload + "\n\n"))
				stall(conn, deadline)
				return
			}
			answer(conn, 200, map[string]string{"content-type": "application/json"}, payload)
		})
		client := newClient(t, server.URL)
		_, err := client.FetchSnapshot(bg)
		failure := clientError(t, err, controlplane.CodeDecode)
		var syntax *json.SyntaxError
		var contract *controlplane.DecodeError
		if !errors.As(failure, &syntax) && !errors.As(failure, &contract) {
			t.Fatalf("%s: the cause is the decoder's own error: %T", name, failure.Cause)
		}
		stream, err := openStream(t, client)
		if err != nil {
			t.Fatal(err)
		}
		clientError(t, nextEvent(t, stream).err, controlplane.CodeDecode)
	}
}

func TestNestingWithinTheDecodersLimitInAnUnknownFieldIsIgnored(t *testing.T) {
	payload := strings.Replace(envelopeJSON(t, 3), `{"sequence":3,`, `{"sequence":3,"extra":`+nested(9000, `{"a":"b"}`)+`,`, 1)
	server := newRawServer(t, func(conn net.Conn, head string) {
		answer(conn, 200, map[string]string{"content-type": "application/json"}, payload)
	})
	envelope, err := newClient(t, server.URL).FetchSnapshot(bg)
	if err != nil || envelope.Sequence != 3 {
		t.Fatalf("%v %+v", err, envelope)
	}
}

func TestAHalfFrameThenCloseIsAStreamErrorNotATimeout(t *testing.T) {
	for name, tail := range map[string]string{
		"half a line":            "event: snapshot\ndata: {\"sequ",
		"no blank line after it": "event: snapshot\ndata: " + envelopeJSON(t, 1) + "\n",
	} {
		tail := tail
		server := newRawServer(t, func(conn net.Conn, head string) {
			conn.Write([]byte(sseHeaders + tail))
		})
		stream, err := openStream(t, newClient(t, server.URL))
		if err != nil {
			t.Fatal(err)
		}
		got := nextEvent(t, stream)
		failure := clientError(t, got.err, controlplane.CodeStream)
		if failure.Timeout || !strings.Contains(failure.Message, "in the middle of an event") {
			t.Fatalf("%s: %+v", name, failure)
		}
		if again := nextEvent(t, stream); again.err != got.err {
			t.Fatalf("%s: a failed stream keeps failing with the same error", name)
		}
	}
}

func TestServerDeathMidEventIsAStreamError(t *testing.T) {
	server := newRawServer(t, func(conn net.Conn, head string) {
		second := event(t, 2)
		conn.Write([]byte(sseHeaders + event(t, 1) + second[:len(second)/2]))
		// A reset, not a close: the process died.
		conn.(*net.TCPConn).SetLinger(0)
		conn.Close()
	})
	stream, err := openStream(t, newClient(t, server.URL))
	if err != nil {
		t.Fatal(err)
	}
	if first := nextEvent(t, stream); first.err != nil || first.envelope.Sequence != 1 {
		t.Fatalf("the complete event arrives: %+v", first)
	}
	failure := clientError(t, nextEvent(t, stream).err, controlplane.CodeStream)
	if failure.Timeout {
		t.Fatalf("%+v", failure)
	}
}

func TestAHalfOpenSocketAfterAttachingTimesOutAsAStreamError(t *testing.T) {
	server := newRawServer(t, func(conn net.Conn, head string) {
		conn.Write([]byte(sseHeaders + event(t, 1) + "event: snapshot\ndata: {"))
		stall(conn, deadline)
	})
	client := newClient(t, server.URL)
	client.StreamReadTimeout = 200 * time.Millisecond
	stream, err := openStream(t, client)
	if err != nil {
		t.Fatal(err)
	}
	if first := nextEvent(t, stream); first.err != nil {
		t.Fatal(first.err)
	}
	got := nextEvent(t, stream)
	failure := clientError(t, got.err, controlplane.CodeStream)
	if !failure.Timeout || got.elapsed < 200*time.Millisecond || got.elapsed > 2*time.Second {
		t.Fatalf("after %v: %+v", got.elapsed, failure)
	}
}

func TestAHalfOpenSocketBeforeTheFirstSnapshotIsAnAttachTimeout(t *testing.T) {
	for name, write := range map[string]string{"no response head": "", "a head and no event": sseHeaders} {
		write := write
		server := newRawServer(t, func(conn net.Conn, head string) {
			conn.Write([]byte(write))
			stall(conn, deadline)
		})
		client := newClient(t, server.URL)
		client.StreamAttachTimeout = 200 * time.Millisecond
		began := time.Now()
		stream, err := openStream(t, client)
		if err == nil {
			err = nextEvent(t, stream).err
		}
		failure := clientError(t, err, controlplane.CodeStreamAttachTimeout)
		if elapsed := time.Since(began); !failure.Timeout || elapsed > 2*time.Second {
			t.Fatalf("%s: after %v: %+v", name, elapsed, failure)
		}
	}
}

func TestCloseFromAnotherGoroutineEndsABlockedNextAndHangsUp(t *testing.T) {
	hungUp := make(chan bool, 1)
	server := newRawServer(t, func(conn net.Conn, head string) {
		conn.Write([]byte(sseHeaders + event(t, 1)))
		hungUp <- stall(conn, deadline)
	})
	stream, err := openStream(t, newClient(t, server.URL))
	if err != nil {
		t.Fatal(err)
	}
	if first := nextEvent(t, stream); first.err != nil {
		t.Fatal(first.err)
	}
	go func() {
		time.Sleep(50 * time.Millisecond) // let Next block first; the outcome is the same either way
		stream.Close()
	}()
	failure := clientError(t, nextEvent(t, stream).err, controlplane.CodeStream)
	if !strings.Contains(failure.Message, "closed") {
		t.Fatalf("%+v", failure)
	}
	if !within(t, deadline, "the server to see the hang-up", func() bool { return <-hungUp }) {
		t.Fatal("the server never saw the connection close")
	}
	stream.Close()
}

func TestCRLFCRAndLFLineEndingsABOMAndAnLFAfterItsCRInTheNextReadAreUnderstood(t *testing.T) {
	server := newRawServer(t, func(conn net.Conn, head string) {
		conn.Write([]byte(sseHeaders + "\xEF\xBB\xBF: hello\n" + event(t, 1)))
		conn.Write([]byte(strings.ReplaceAll(event(t, 2), "\n", "\r\n")))
		conn.Write([]byte(strings.ReplaceAll(event(t, 3), "\n", "\r")))
		// The LF of a CRLF arrives in a later read, on purpose: read as a blank line of its own, it
		// would end event 4 before its data and the client would skip it.
		conn.Write([]byte("event: snapshot\r"))
		time.Sleep(50 * time.Millisecond)
		conn.Write([]byte("\ndata: " + envelopeJSON(t, 4) + "\r\n\r\nevent: other\ndata: {}\n\n" + event(t, 5)))
		stall(conn, deadline)
	})
	stream, err := openStream(t, newClient(t, server.URL))
	if err != nil {
		t.Fatal(err)
	}
	for sequence := uint64(1); sequence <= 5; sequence++ {
		got := nextEvent(t, stream)
		if got.err != nil || got.envelope.Sequence != sequence {
			t.Fatalf("event %d: %+v %v", sequence, got, got.envelope)
		}
	}
}
