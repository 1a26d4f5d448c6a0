// Package peakheap measures, for tests, how far the heap grows while a
// function runs: memory checks that count bytes, not seconds, so they hold
// on a busy machine.
package peakheap

import (
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

// During runs fn and returns the peak of the live heap (HeapAlloc) above
// what it was before fn, sampled every millisecond and once more at the
// end. A collection runs first, so the baseline is the live heap, and the
// collector runs with GOGC 5 meanwhile, so that the heap follows what fn
// keeps rather than the garbage it leaves between collections. A function
// whose memory grows with its input shows a peak that grows with it; one
// that stays flat shows the same peak for any input.
func During(fn func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var (
		mu   sync.Mutex
		peak uint64
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		mu.Lock()
		if m.HeapAlloc > base && m.HeapAlloc-base > peak {
			peak = m.HeapAlloc - base
		}
		mu.Unlock()
	}
	wg.Go(func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	})
	fn()
	sample()
	close(done)
	wg.Wait()
	return peak
}
