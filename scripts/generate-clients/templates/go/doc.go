// Package {{GO_PACKAGE}} is the Go client of the OpenSymphony control plane: the types of
// spec/control-plane.schema.yaml and a client for its HTTP API and its event stream. It uses
// the standard library only.
//
//	go get {{GO_MODULE}}
//
// Read the current snapshot, publish one, and follow every update:
//
//	client, err := {{GO_PACKAGE}}.NewClient("http://127.0.0.1:2468", {{GO_PACKAGE}}.WithReadToken(readToken))
//	if err != nil {
//		return err
//	}
//	current, err := client.GetSnapshot(ctx)         // GET, with the read token
//	stored, err := client.PublishSnapshot(ctx, &current.Snapshot, publishToken)
//	fmt.Println(stored.Sequence)                    // current.Sequence + 1
//	stream, err := client.StreamUpdates(ctx, nil)   // every snapshot from now on
//	defer stream.Close()
//	for {
//		envelope, err := stream.Next()
//		if err != nil {
//			return err
//		}
//		fmt.Println(envelope.Sequence)
//	}
//
// # Operations
//
// Client has one method per operation of spec/openapi.yaml whose answer is JSON, generated from
// it and named after its operationId:
//
{{GO_METHOD_LIST}}
//
// Each takes the operation's query parameters (optional ones as pointers, nil to leave them out)
// and its request body, sends the read token (WithReadToken), or the token argument where the
// operation needs the publish token, and returns the answer decoded into its type. FetchSnapshot, Health and Publish are the first names of GetSnapshot,
// GetHealth and PublishSnapshot, kept for existing code. StreamUpdates, the event stream, is
// written by hand.
//
// # Deadlines
//
// A JSON exchange (every generated method) must complete within SnapshotTimeout, body
// included. A stream must deliver its first snapshot within StreamAttachTimeout (keepalive
// comments do not count), and after that must not stay silent for StreamReadTimeout.
//
// # Errors
//
// Every error a Client's methods return is a *ClientError (NewClient returns one for a bad URL,
// and an *OptionError for a bad option). Its Code says what failed: invalid_base_url,
// request, stream, stream_attach_timeout, decode (a payload that breaks the contract, or JSON
// nested deeper than encoding/json allows) or event_too_large (a line, an event or a response
// body over the client's MaxEventBytes). A non-2xx answer sets Status and, when the server sent
// the contract's Error envelope, Body (ServerCode gives its code, Body.Error.Details its
// violations) and RetryAfter.
//
// # Hostile servers
//
// Memory stays bounded whatever the server sends: no line, event or body longer than
// MaxEventBytes (DefaultMaxEventBytes, {{MAX_EVENT_BYTES}}, unless WithMaxEventBytes says
// otherwise) is buffered, and decoding never recurses deeper than the contract's types.
//
// # Decoding
//
// Decoding is strict where the contract is: required fields, types, ranges, enum values and
// RFC 3339 timestamps are checked, and null is refused where the contract has no null. Fields
// this version does not know are ignored. Counts are uint32/uint64, so nothing is rounded;
// timestamps keep their nanoseconds.
package {{GO_PACKAGE}}
