package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/explorer"
)

// Explorer serves opml explorer beside a demo (opml demo --explorer), so
// that its requests, claims and game can be watched in a browser.
type Explorer struct {
	// Addr is the explorer's listen address (host:port; port 0: any free
	// port); empty: no explorer.
	Addr string
	// Delay is how long the demo waits, once the explorer serves, before
	// its first request, so that a person can open the page first.
	Delay time.Duration
	// Pace, if set, is the nodes' poll and tick interval while the
	// explorer watches (the demo's default, 200ms, plays a game in a second
	// or two; 1s lets a person follow it round by round).
	Pace time.Duration
	// Open, if set, is called with the explorer's URL once it serves (opml
	// demo opens a browser on a desktop).
	Open func(url string)
	// Hold keeps the devnet and the explorer up after the demo ended, until
	// the context Run was given ends (Ctrl-C), so that it can be browsed.
	Hold bool
}

// startExplorer starts the explorer on the session's deployment and waits
// until it serves (or failed to start), then for e.Delay.
func (s *session) startExplorer(ctx context.Context, e Explorer) error {
	if e.Addr == "" {
		return nil
	}
	if e.Pace > 0 {
		s.base.PollInterval, s.base.TickInterval = e.Pace, e.Pace
	}
	labels := map[common.Address]string{*s.d.Consumer: "consumer contract"}
	for _, r := range Roles {
		labels[s.acct(r).Address] = r
	}
	ready := make(chan string, 1)
	done := make(chan error, 1)
	ectx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.stopExplorer = func() { cancel(); <-done }
	go func() {
		done <- explorer.Run(ectx, explorer.Config{RPC: s.d.RPC, Oracle: s.d.Contracts.Oracle, StartBlock: s.d.DeployBlock,
			PollInterval: poll, HTTPAddr: e.Addr, FetchModels: true, ModelsAllowLocal: true, Labels: labels,
			Ready: func(url string) { ready <- url }}, s.logger.Named("explorer"))
	}()
	select {
	case url := <-ready:
		s.explorerURL = url
		s.say("explorer: open %s (this demo's game will be at %sgames/1)", url, url)
		if e.Open != nil {
			e.Open(url + "games/1")
		}
	case err := <-done:
		done <- err
		return fmt.Errorf("demo: explorer: %w", err)
	case <-ctx.Done():
		return ctx.Err()
	}
	if e.Delay > 0 {
		s.say("waiting %v before the first request", e.Delay)
		select {
		case <-time.After(e.Delay):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// holdExplorer keeps everything up until ctx ends if the explorer runs and
// hold is set.
func (s *session) holdExplorer(ctx context.Context, hold bool) {
	if s.explorerURL == "" || !hold {
		return
	}
	s.say("the devnet and the explorer stay up at %s: press Ctrl-C to stop", s.explorerURL)
	<-ctx.Done()
}
