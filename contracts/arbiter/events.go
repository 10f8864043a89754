package arbiter

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/contracts/bindings"
)

// The events of the contracts, as the generated bindings decode them (Raw
// is the log). GameResolved, whose fields are enums, is typed here
// (GameResolvedEvent).
type (
	RequestedEvent = bindings.InferenceOracleRequested
	// CompletionRequestedEvent is a completion request (docs/protocol.md §3.6).
	CompletionRequestedEvent = bindings.InferenceOracleCompletionRequested
	CancelledEvent           = bindings.InferenceOracleCancelled
	SubmittedEvent           = bindings.InferenceOracleSubmitted
	ChallengedEvent          = bindings.InferenceOracleChallenged
	GameSettledEvent         = bindings.InferenceOracleGameSettled
	ClaimRejectedEvent       = bindings.InferenceOracleClaimRejected
	ClaimSupersededEvent     = bindings.InferenceOracleClaimSuperseded
	FinalizedEvent           = bindings.InferenceOracleFinalized
	CallbackResultEvent      = bindings.InferenceOracleCallbackResult
	CreditedEvent            = bindings.InferenceOracleCredited
	BurnedEvent              = bindings.InferenceOracleBurned
	WithdrawnEvent           = bindings.InferenceOracleWithdrawn

	GameCreatedEvent  = bindings.DisputeGameGameCreated
	BisectedEvent     = bindings.DisputeGameBisected
	ChosenEvent       = bindings.DisputeGameChosen
	StepExecutedEvent = bindings.DisputeGameStepExecuted

	ModelRegisteredEvent = bindings.ModelRegistryModelRegistered

	AskedEvent     = bindings.ExampleConsumerAsked
	DeliveredEvent = bindings.ExampleConsumerDelivered
	RefundedEvent  = bindings.ExampleConsumerRefunded
)

// GameResolvedEvent is DisputeGame's GameResolved event: game GameID ended with
// Status for Reason.
type GameResolvedEvent struct {
	GameID *big.Int
	Status GameStatus
	Reason Reason
	Raw    *types.Log
}

type eventDecoder func(*types.Log) (any, error)

func decoder[T any](unpack func(*types.Log) (*T, error)) eventDecoder {
	return func(l *types.Log) (any, error) { return unpack(l) }
}

// eventDecoders maps each event's topic 0 to its decoder.
var eventDecoders = func() map[common.Hash]eventDecoder {
	m := map[common.Hash]eventDecoder{}
	o, g, r, c := oracleABI.GetABI(), gameABI.GetABI(), registryABI.GetABI(), consumerABI.GetABI()
	for name, d := range map[string]eventDecoder{
		bindings.InferenceOracleRequestedEventName:           decoder(oracleABI.UnpackRequestedEvent),
		bindings.InferenceOracleCompletionRequestedEventName: decoder(oracleABI.UnpackCompletionRequestedEvent),
		bindings.InferenceOracleCancelledEventName:           decoder(oracleABI.UnpackCancelledEvent),
		bindings.InferenceOracleSubmittedEventName:           decoder(oracleABI.UnpackSubmittedEvent),
		bindings.InferenceOracleChallengedEventName:          decoder(oracleABI.UnpackChallengedEvent),
		bindings.InferenceOracleGameSettledEventName:         decoder(oracleABI.UnpackGameSettledEvent),
		bindings.InferenceOracleClaimRejectedEventName:       decoder(oracleABI.UnpackClaimRejectedEvent),
		bindings.InferenceOracleClaimSupersededEventName:     decoder(oracleABI.UnpackClaimSupersededEvent),
		bindings.InferenceOracleBurnedEventName:              decoder(oracleABI.UnpackBurnedEvent),
		bindings.InferenceOracleFinalizedEventName:           decoder(oracleABI.UnpackFinalizedEvent),
		bindings.InferenceOracleCallbackResultEventName:      decoder(oracleABI.UnpackCallbackResultEvent),
		bindings.InferenceOracleCreditedEventName:            decoder(oracleABI.UnpackCreditedEvent),
		bindings.InferenceOracleWithdrawnEventName:           decoder(oracleABI.UnpackWithdrawnEvent),
	} {
		m[o.Events[name].ID] = d
	}
	for name, d := range map[string]eventDecoder{
		bindings.DisputeGameGameCreatedEventName:  decoder(gameABI.UnpackGameCreatedEvent),
		bindings.DisputeGameBisectedEventName:     decoder(gameABI.UnpackBisectedEvent),
		bindings.DisputeGameChosenEventName:       decoder(gameABI.UnpackChosenEvent),
		bindings.DisputeGameStepExecutedEventName: decoder(gameABI.UnpackStepExecutedEvent),
		bindings.DisputeGameGameResolvedEventName: func(l *types.Log) (any, error) {
			e, err := gameABI.UnpackGameResolvedEvent(l)
			if err != nil {
				return nil, err
			}
			return &GameResolvedEvent{GameID: e.GameId, Status: GameStatus(e.Status), Reason: Reason(e.Reason), Raw: e.Raw}, nil
		},
	} {
		m[g.Events[name].ID] = d
	}
	m[r.Events[bindings.ModelRegistryModelRegisteredEventName].ID] = decoder(registryABI.UnpackModelRegisteredEvent)
	m[c.Events[bindings.ExampleConsumerAskedEventName].ID] = decoder(consumerABI.UnpackAskedEvent)
	m[c.Events[bindings.ExampleConsumerDeliveredEventName].ID] = decoder(consumerABI.UnpackDeliveredEvent)
	m[c.Events[bindings.ExampleConsumerRefundedEventName].ID] = decoder(consumerABI.UnpackRefundedEvent)
	return m
}()

// DecodeEvent decodes a log of the contracts into its event: a
// *RequestedEvent, *BisectedEvent, *GameResolvedEvent, ... It returns nil for a log that is none of
// their events or does not decode (a removed log decodes as any other). It
// does not check which contract emitted the log: callers filter by address.
func DecodeEvent(l *types.Log) any {
	if l == nil || len(l.Topics) == 0 {
		return nil
	}
	d, ok := eventDecoders[l.Topics[0]]
	if !ok {
		return nil
	}
	ev, err := d(l)
	if err != nil {
		return nil
	}
	return ev
}
