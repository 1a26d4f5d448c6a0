// Package chromium drives headless Chromium for tests: a page is opened
// from a file, its DOM queried with JavaScript, its network requests,
// console messages and errors recorded, and screenshots taken. It speaks
// the DevTools protocol over --remote-debugging-pipe (NUL-separated JSON
// on file descriptors 3 and 4), so it needs no port and no dependency.
package chromium

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// Flags run Chromium headless, quiet and alone: no sandbox (tests run as
// root in containers), no GPU, no network of its own, a fresh profile.
func Flags(profile string) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
		"--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--user-data-dir=" + profile}
}

// Find returns the Chromium to use; outside CI (CI=true) a missing one
// skips the test, in CI it fails it.
func Find(tb testing.TB) string {
	tb.Helper()
	for _, b := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(b); err == nil {
			return p
		}
	}
	msg := "chromium not found: apt-get install -y chromium (scripts/test installs it)"
	if os.Getenv("CI") == "true" {
		tb.Fatal(msg)
	}
	tb.Skip("SKIP: " + msg)
	return ""
}

// Message is a console message, a JavaScript exception or a browser log
// entry of the page.
type Message struct {
	Source string // "console", "exception" or the Log domain's source ("security", "network", …)
	Level  string // "error", "warning", "info", …
	Text   string
}

// Request is a request the page made, and how it ended.
type Request struct {
	URL     string
	Failed  string // the error, when it failed
	Blocked string // why it was blocked ("csp", …), when it was
}

// Browser is one headless Chromium with one page.
type Browser struct {
	cmd     *exec.Cmd
	in      *os.File // our end of Chromium's fd 3
	out     *os.File // our end of Chromium's fd 4
	session string

	mu       sync.Mutex
	nextID   int
	waiting  map[int]chan reply
	events   map[string][]chan json.RawMessage
	Messages []Message
	Requests map[string]*Request // by request id
	Dialogs  []string            // alert, confirm and prompt messages
	done     chan struct{}
	readErr  error
}

type reply struct {
	Result json.RawMessage
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}
}

// Start launches Chromium and opens a blank page of width×height CSS
// pixels. Close it when done.
func Start(tb testing.TB, width, height int) *Browser {
	tb.Helper()
	bin := Find(tb)
	// fd 3: Chromium reads our commands; fd 4: it writes replies and events.
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	evR, evW, err := os.Pipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(bin, append(Flags(tb.TempDir()), "--remote-debugging-pipe", "about:blank")...)
	cmd.ExtraFiles = []*os.File{cmdR, evW}
	var log strings.Builder
	cmd.Stderr = &log
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	cmdR.Close()
	evW.Close()
	b := &Browser{cmd: cmd, in: cmdW, out: evR, waiting: map[int]chan reply{}, events: map[string][]chan json.RawMessage{},
		Requests: map[string]*Request{}, done: make(chan struct{})}
	go b.read()
	tb.Cleanup(b.Close)
	var target struct{ TargetID string }
	if err := b.call("", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		tb.Fatalf("chromium: %v\n%s", err, log.String())
	}
	var att struct{ SessionID string }
	if err := b.call("", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &att); err != nil {
		tb.Fatalf("chromium: %v", err)
	}
	b.session = att.SessionID
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable", "Network.enable"} {
		if err := b.Call(m, nil, nil); err != nil {
			tb.Fatalf("chromium: %s: %v", m, err)
		}
	}
	if err := b.Call("Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}, nil); err != nil {
		tb.Fatalf("chromium: %v", err)
	}
	return b
}

// Close ends Chromium.
func (b *Browser) Close() {
	if b.cmd.Process == nil {
		return
	}
	b.in.Close()
	done := make(chan struct{})
	go func() { b.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		b.cmd.Process.Kill()
		<-done
	}
	b.out.Close()
}

// read dispatches replies and events until Chromium closes its end.
func (b *Browser) read() {
	defer close(b.done)
	r := bufio.NewReaderSize(b.out, 1<<20)
	for {
		msg, err := r.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			b.readErr = err
			for _, ch := range b.waiting {
				close(ch)
			}
			b.waiting = map[int]chan reply{}
			b.mu.Unlock()
			return
		}
		var m struct {
			ID     int             `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
			reply
		}
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch, ok := b.waiting[m.ID]; ok {
				delete(b.waiting, m.ID)
				ch <- m.reply
			}
		} else {
			b.record(m.Method, m.Params)
			for _, ch := range b.events[m.Method] {
				select {
				case ch <- m.Params:
				default:
				}
			}
		}
		b.mu.Unlock()
	}
}

// record keeps what the tests check: requests, messages, dialogs.
func (b *Browser) record(method string, params json.RawMessage) {
	switch method {
	case "Network.requestWillBeSent":
		var p struct {
			RequestID string `json:"requestId"`
			Request   struct{ URL string }
		}
		json.Unmarshal(params, &p)
		b.Requests[p.RequestID] = &Request{URL: p.Request.URL}
	case "Network.loadingFailed":
		var p struct {
			RequestID     string `json:"requestId"`
			ErrorText     string `json:"errorText"`
			BlockedReason string `json:"blockedReason"`
		}
		json.Unmarshal(params, &p)
		if r := b.Requests[p.RequestID]; r != nil {
			r.Failed, r.Blocked = p.ErrorText, p.BlockedReason
		}
	case "Runtime.consoleAPICalled":
		var p struct {
			Type string
			Args []struct {
				Value       any
				Description string
			}
		}
		json.Unmarshal(params, &p)
		var parts []string
		for _, a := range p.Args {
			parts = append(parts, fmt.Sprint(a.Value, a.Description))
		}
		b.Messages = append(b.Messages, Message{Source: "console", Level: p.Type, Text: strings.Join(parts, " ")})
	case "Runtime.exceptionThrown":
		var p struct {
			ExceptionDetails struct {
				Text      string
				Exception struct{ Description string }
			}
		}
		json.Unmarshal(params, &p)
		b.Messages = append(b.Messages, Message{Source: "exception", Level: "error", Text: p.ExceptionDetails.Text + " " + p.ExceptionDetails.Exception.Description})
	case "Log.entryAdded":
		var p struct {
			Entry struct{ Source, Level, Text string }
		}
		json.Unmarshal(params, &p)
		b.Messages = append(b.Messages, Message{Source: p.Entry.Source, Level: p.Entry.Level, Text: p.Entry.Text})
	case "Page.javascriptDialogOpening":
		var p struct{ Message string }
		json.Unmarshal(params, &p)
		b.Dialogs = append(b.Dialogs, p.Message)
		go b.Call("Page.handleJavaScriptDialog", map[string]any{"accept": true}, nil)
	}
}

// Call sends a command to the page and decodes its result into out (when
// not nil).
func (b *Browser) Call(method string, params any, out any) error {
	return b.call(b.session, method, params, out)
}

func (b *Browser) call(session, method string, params any, out any) error {
	b.mu.Lock()
	if b.readErr != nil {
		b.mu.Unlock()
		return fmt.Errorf("%s: chromium has gone: %v", method, b.readErr)
	}
	b.nextID++
	id := b.nextID
	ch := make(chan reply, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := b.in.Write(append(data, 0)); err != nil {
		return fmt.Errorf("%s: %v", method, err)
	}
	select {
	case r, ok := <-ch:
		if !ok {
			return fmt.Errorf("%s: chromium closed the connection", method)
		}
		if r.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, r.Error.Message, r.Error.Code)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-time.After(60 * time.Second):
		return fmt.Errorf("%s: no reply in 60 s", method)
	}
}

// on returns a channel that receives the next events of method.
func (b *Browser) on(method string) chan json.RawMessage {
	ch := make(chan json.RawMessage, 16)
	b.mu.Lock()
	b.events[method] = append(b.events[method], ch)
	b.mu.Unlock()
	return ch
}

// Open navigates to url and waits for its load event.
func (b *Browser) Open(url string) error {
	loaded := b.on("Page.loadEventFired")
	var nav struct{ ErrorText string }
	if err := b.Call("Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		return err
	}
	if nav.ErrorText != "" {
		return fmt.Errorf("opening %s: %s", url, nav.ErrorText)
	}
	select {
	case <-loaded:
		return nil
	case <-time.After(60 * time.Second):
		return fmt.Errorf("%s did not load in 60 s", url)
	}
}

// Eval runs a JavaScript expression in the page and decodes its value
// (JSON-serialisable) into out.
func (b *Browser) Eval(expr string, out any) error {
	var r struct {
		Result           struct{ Value json.RawMessage }
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	if err := b.Call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &r); err != nil {
		return err
	}
	if r.ExceptionDetails != nil {
		return fmt.Errorf("script: %s %s", r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description)
	}
	if out == nil {
		return nil
	}
	if len(r.Result.Value) == 0 {
		return errors.New("script returned no value")
	}
	return json.Unmarshal(r.Result.Value, out)
}

// Screenshot returns a PNG of the page from the top, width×height CSS
// pixels (height 0: the whole page).
func (b *Browser) Screenshot(width, height int) ([]byte, error) {
	if height == 0 {
		var m struct {
			CSSContentSize struct{ Height float64 } `json:"cssContentSize"`
		}
		if err := b.Call("Page.getLayoutMetrics", nil, &m); err != nil {
			return nil, err
		}
		height = int(m.CSSContentSize.Height + 0.5)
	}
	var r struct{ Data string }
	err := b.Call("Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true,
		"clip": map[string]any{"x": 0, "y": 0, "width": width, "height": height, "scale": 1}}, &r)
	if err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

// Snapshot returns what has been recorded so far: requests and messages.
func (b *Browser) Snapshot() (requests []Request, messages []Message, dialogs []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, r := range b.Requests {
		requests = append(requests, *r)
	}
	return requests, append([]Message(nil), b.Messages...), append([]string(nil), b.Dialogs...)
}
