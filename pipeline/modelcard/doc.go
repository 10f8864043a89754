// Package modelcard is the versioned JSON "model card" that `opml compile`
// writes beside a VM model file (model.opml → model.opml.json): how the
// float world maps onto the model's int8 input and output. It records the
// model ID it belongs to, the input's and output's float shape (ONNX NCHW
// order), their VM layout, scale and zero point, where the logits are, and
// where the model came from (source ONNX hash, calibration).
//
// The card is off-chain metadata. The VM model file stays canonical and
// fully committed by the model ID (docs/spec.md §3.6); the card binds to it
// through ModelID, and a card for another model is rejected.
//
// Guarantees: Encode is deterministic (golden files under testdata/);
// Decode rejects unknown versions, unknown fields and inconsistent cards
// with errors prefixed "modelcard: " and never panics. QuantizeInput and
// Dequantize are pure. A Card is safe for concurrent reads.
package modelcard
