package explorer

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/hashicorp/go-hclog"

	"github.com/opml-dev/opml/infra/chainfollow"
	"github.com/opml-dev/opml/infra/nodestore"
)

// Stream is the explorer's chainfollow stream (its cursor in the store).
const Stream = "explorer"

// logBucket holds every log of the contracts the explorer has followed,
// keyed by position (logKey), so that a restart rebuilds the Index without
// reading the chain's history again and a reorg deletes what it undid.
const logBucket = "explorer.logs"

// storedLog is a log as the explorer keeps it.
type storedLog struct {
	Address common.Address `json:"address"`
	Topics  []common.Hash  `json:"topics"`
	Data    hexutil.Bytes  `json:"data"`
	Block   uint64         `json:"block"`
	Index   uint           `json:"index"`
	Tx      common.Hash    `json:"tx"`
}

func (s storedLog) log() types.Log {
	return types.Log{Address: s.Address, Topics: s.Topics, Data: s.Data, BlockNumber: s.Block, Index: s.Index, TxHash: s.Tx}
}

// logKey orders logs by (block, index) in the store's byte order.
func logKey(block uint64, index uint) string { return fmt.Sprintf("%020d.%010d", block, index) }

func keyBlock(k string) (uint64, error) {
	b, _, ok := strings.Cut(k, ".")
	if !ok {
		return 0, fmt.Errorf("explorer: bad log key %q", k)
	}
	return strconv.ParseUint(b, 10, 64)
}

// FollowConfig says what Follow reads.
type FollowConfig struct {
	Contracts     Contracts
	StartBlock    uint64        // first block, when the store has no cursor (the deployment block)
	Confirmations uint64        // show blocks this deep (0: the head)
	PollInterval  time.Duration // default 1s
}

// Load rebuilds ix from the logs kept in store (what an earlier Follow
// recorded); the cursor says how far they reach. Readers of ix see the old
// view until the new one replaces it at once.
func Load(store *nodestore.Store, ix *Index) error {
	var logs []types.Log
	err := store.Iterate(logBucket, func(_ string, decode func(v any) error) error {
		var s storedLog
		if err := decode(&s); err != nil {
			return err
		}
		logs = append(logs, s.log())
		return nil
	})
	if err != nil {
		return fmt.Errorf("explorer: load: %w", err)
	}
	c, ok, err := store.Cursor(Stream)
	if err != nil {
		return fmt.Errorf("explorer: load: %w", err)
	}
	head := uint64(0)
	if ok {
		head = c.Number
	}
	ix.rebuild(head, logs)
	return nil
}

// Follow keeps ix up to date with the chain until ctx ends: it loads what
// store holds (Load), then follows the contracts' logs with a
// chainfollow.Follower on stream Stream, recording each range's logs in
// store in the same batch as the cursor, and applies them to ix once
// committed. A reorg deletes the logs of the orphaned blocks and rebuilds
// ix from the store. It returns nil when ctx ends, or a permanent error.
func Follow(ctx context.Context, client chainfollow.Client, store *nodestore.Store, cfg FollowConfig, ix *Index, logger hclog.Logger) error {
	if logger == nil {
		logger = hclog.NewNullLogger()
	}
	if err := Load(store, ix); err != nil {
		return err
	}
	poll := cfg.PollInterval
	if poll == 0 {
		poll = time.Second
	}
	var loadErr error
	f, err := chainfollow.New(chainfollow.Config{
		Stream: Stream, Addresses: []common.Address{cfg.Contracts.Oracle, cfg.Contracts.Game, cfg.Contracts.Registry},
		Confirmations: cfg.Confirmations, StartBlock: cfg.StartBlock, PollInterval: poll, MaxRetryInterval: 10 * time.Second,
		OnCommit: func(u chainfollow.Update) {
			if u.Reorg != nil {
				logger.Warn("reorg: rebuilding from the store", "ancestor", u.Reorg.Ancestor.Number, "orphaned", u.Reorg.Orphaned.Number)
				if err := Load(store, ix); err != nil {
					loadErr = err
				}
				return
			}
			ix.Advance(u.To, u.Logs)
		},
	}, client, store, logger.Named("follow"))
	if err != nil {
		return fmt.Errorf("explorer: %w", err)
	}
	err = f.Run(ctx, func(ctx context.Context, u chainfollow.Update, b *nodestore.Batch) error {
		if loadErr != nil {
			return chainfollow.Permanent(loadErr)
		}
		if u.Reorg != nil {
			if err := dropAbove(store, b, u.Reorg.Ancestor.Number, u.Reorg.Genesis); err != nil {
				return err
			}
		}
		for _, l := range u.Logs {
			b.Put(logBucket, logKey(l.BlockNumber, l.Index), storedLog{Address: l.Address, Topics: l.Topics, Data: l.Data,
				Block: l.BlockNumber, Index: l.Index, Tx: l.TxHash})
		}
		return nil
	})
	if loadErr != nil {
		return loadErr
	}
	if ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		return nil
	}
	return err
}

// dropAbove deletes, in b, the stored logs of blocks above ancestor (all of
// them if genesis).
func dropAbove(store *nodestore.Store, b *nodestore.Batch, ancestor uint64, genesis bool) error {
	return store.Iterate(logBucket, func(k string, _ func(v any) error) error {
		n, err := keyBlock(k)
		if err != nil {
			return err
		}
		if genesis || n > ancestor {
			b.Delete(logBucket, k)
		}
		return nil
	})
}
