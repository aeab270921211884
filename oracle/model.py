"""The set-prediction network: a transformer encoder over feature tokens, then K learned query slots (DETR-style).

Contract of `ActivationOracle.forward(x, mask, sig=None)`:
    x     [B, S, L, d_in] float   features (S sources x L prompt positions; see `oracle.features`); None when the
                                  oracle has no prompt sources (S = 0)
    mask  [B, L] bool             True at real prompt positions. Without signature tokens every row needs one;
                                  with them a row may have none (an exact signature mixture has no embeddings)
    sig   [B, r] float            the target's signature (poe/signatures.py), when the oracle reads signatures
returns a dict:
    directions      [B, K, D]  unit vectors in the sentence encoder's space
    weights         [B, K]     signed PoE weights
    presence_logits [B, K]     logit that the slot holds a component

Feature tokens: each (source, position) is one token: LayerNorm (no affine) of the raw vector, a per-source
linear map to d_model, plus a learned position and a learned source embedding. Per-source normalisation matters:
LM hidden states have a few very large coordinates and soft prompts a scale of their own.

Signature tokens (v2, `sig_dim` > 0): the r-dim signature, divided by the fixed `sig_scale` (a buffer: the median
signature norm of the training rows / sqrt(r), so coordinates have about unit size and the scale that carries the
weights survives; no LayerNorm), becomes `sig_tokens` tokens, each its own learned linear map of the *whole*
signature plus a learned token embedding. (Cutting the vector into chunks would be the block-diagonal special case;
the signature's seeded projection mixes every probe position into every coordinate, so a chunk means nothing on its
own. A linear map from signatures to sentence embeddings already ranks a held-out prompt first among 1,152,
docs/oracle.md, so every token sees all of it.)

Readout (v2, `readout=True`): a fixed linear map from signatures to the sentence space, fitted in closed form (ridge)
on the training rows' exact signatures and sentence embeddings (`oracle.mixtures.fit_readout`) and stored as buffers
`readout_A` [r, D], `readout_mu` [r]. Its unit output u0 = normalise(A^T (sig - mu)) enters as one more token, and
each slot may lean on it: direction_k = normalise(head(h_k) + g_k u0), g_k a per-slot scalar predicted from h_k.
For one component u0 is already a strong guess; for mixtures it is a blend the slots refine. One learned
`absent` token stands for the prompt features of a row that has none (its mask is all False); it is masked out of
rows that have prompt features. Without signatures (`sig_dim` = 0) the network is exactly the v1 network.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from softprism.oracle.config import NetConfig


class ActivationOracle(nn.Module):
    """Encoder over feature tokens + DETR decoder with K query slots. See the module docstring for shapes."""

    sig_scale: torch.Tensor  # buffers (register_buffer), with a signature input / a fixed readout
    readout_A: torch.Tensor
    readout_mu: torch.Tensor

    def __init__(self, cfg: NetConfig, n_sources: int, d_in: int, d_out: int, sig_dim: int = 0, sig_tokens: int = 8,
                 readout: bool = False):
        super().__init__()
        self.cfg, self.n_sources, self.d_in, self.d_out = cfg, n_sources, d_in, d_out
        self.sig_dim, self.sig_tokens, self.readout = sig_dim, sig_tokens, bool(readout and sig_dim)
        if n_sources < 1 and sig_dim < 1:
            raise ValueError("the oracle needs prompt sources or signature tokens")
        if sig_dim and sig_tokens < 1:
            raise ValueError(f"sig_tokens must be >= 1, got {sig_tokens}")
        D = cfg.d_model
        if n_sources:
            self.in_proj = nn.Parameter(torch.randn(n_sources, d_in, D) / d_in ** 0.5)
            self.in_bias = nn.Parameter(torch.zeros(n_sources, D))
            self.pos = nn.Parameter(torch.randn(cfg.max_len, D) * 0.02)
            self.src = nn.Parameter(torch.randn(n_sources, D) * 0.02)
        if sig_dim:
            self.sig_proj = nn.Parameter(torch.randn(sig_tokens, sig_dim, D) / sig_dim ** 0.5)
            self.sig_bias = nn.Parameter(torch.zeros(sig_tokens, D))
            self.sig_pos = nn.Parameter(torch.randn(sig_tokens, D) * 0.02)
            self.absent = nn.Parameter(torch.randn(D) * 0.02)
            self.register_buffer("sig_scale", torch.ones(()))
        if self.readout:
            self.register_buffer("readout_A", torch.zeros(sig_dim, d_out))
            self.register_buffer("readout_mu", torch.zeros(sig_dim))
            self.readout_proj = nn.Linear(d_out, D)
            self.readout_gate = nn.Linear(D, 1)
        enc = nn.TransformerEncoderLayer(D, cfg.n_heads, cfg.ffn, cfg.dropout, batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(enc, cfg.encoder_layers, norm=nn.LayerNorm(D), enable_nested_tensor=False)
        dec = nn.TransformerDecoderLayer(D, cfg.n_heads, cfg.ffn, cfg.dropout, batch_first=True, norm_first=True)
        self.decoder = nn.TransformerDecoder(dec, cfg.decoder_layers, norm=nn.LayerNorm(D))
        self.queries = nn.Parameter(torch.randn(cfg.slots, D) * 0.02)
        self.direction_head = nn.Sequential(nn.Linear(D, D), nn.GELU(), nn.Linear(D, d_out))
        self.weight_head = nn.Sequential(nn.Linear(D, D), nn.GELU(), nn.Linear(D, 1))
        self.presence_head = nn.Linear(D, 1)

    def _prompt_tokens(self, x: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """[B, S, L, d_in], [B, L] -> tokens [B, S*L, D] and their padding mask [B, S*L] (True = ignore)."""
        B, S, L, _ = x.shape
        if S != self.n_sources or x.shape[-1] != self.d_in:
            raise ValueError(f"features [B, {S}, L, {x.shape[-1]}] do not fit this oracle "
                             f"({self.n_sources} sources of width {self.d_in})")
        if L > self.cfg.max_len:
            raise ValueError(f"soft prompt of {L} positions is longer than net.max_len={self.cfg.max_len}")
        x = F.layer_norm(x.to(self.in_proj.dtype), (self.d_in,))
        tok = torch.einsum("bsld,sde->bsle", x, self.in_proj) + self.in_bias[None, :, None, :]  # [B, S, L, D]
        tok = tok + self.pos[None, None, :L] + self.src[None, :, None, :]
        tok = tok.reshape(B, S * L, -1)  # [B, S*L, D]
        pad = (~mask)[:, None, :].expand(B, S, L).reshape(B, S * L)  # [B, S*L], True = ignore
        return tok, pad

    def forward(self, x: torch.Tensor | None, mask: torch.Tensor | None,
                sig: torch.Tensor | None = None) -> dict[str, torch.Tensor]:
        if not self.sig_dim:
            if x is None or mask is None:
                raise ValueError("this oracle reads prompt features: pass x [B, S, L, d] and its mask")
            tok, pad = self._prompt_tokens(x, mask)
        else:
            if sig is None or sig.dim() != 2 or sig.shape[1] != self.sig_dim:
                raise ValueError(f"this oracle reads signatures [B, {self.sig_dim}]; got "
                                 f"{None if sig is None else tuple(sig.shape)}")
            B = sig.shape[0]
            dt = self.sig_proj.dtype
            z = sig.to(dt) / self.sig_scale.to(dt)  # [B, r]
            stok = torch.einsum("br,nre->bne", z, self.sig_proj) + self.sig_bias + self.sig_pos  # [B, n_tok, D]
            if self.n_sources and x is not None and x.shape[2] > 0:
                if mask is None:
                    raise ValueError("prompt features need their mask")
                ptok, ppad = self._prompt_tokens(x, mask)
                has = mask.any(1)  # [B]
            else:
                ptok = stok.new_zeros(B, 0, stok.shape[-1])
                ppad = torch.zeros(B, 0, dtype=torch.bool, device=sig.device)
                has = torch.zeros(B, dtype=torch.bool, device=sig.device)
            atok = self.absent.to(stok.dtype)[None, None].expand(B, 1, -1)  # [B, 1, D]
            if self.readout:
                u0 = F.normalize((sig.float() - self.readout_mu) @ self.readout_A, dim=-1)  # [B, d_out]
                stok = torch.cat([stok, self.readout_proj(u0.to(dt))[:, None]], 1)  # [B, n_tok + 1, D]
            tok = torch.cat([stok, atok, ptok.to(stok.dtype)], 1)  # [B, n_tok (+1) + 1 + S*L, D]
            pad = torch.cat([torch.zeros(B, stok.shape[1], dtype=torch.bool, device=sig.device), has[:, None], ppad], 1)
        memory = self.encoder(tok, src_key_padding_mask=pad)
        B = tok.shape[0]
        q = self.queries[None].expand(B, -1, -1)  # [B, K, D]
        h = self.decoder(q, memory, memory_key_padding_mask=pad)  # [B, K, D]
        d = self.direction_head(h).float()  # [B, K, D_out]
        if self.readout:
            d = d + self.readout_gate(h).float() * u0[:, None, :]
        return {
            "directions": F.normalize(d, dim=-1),
            "weights": self.weight_head(h).squeeze(-1).float(),
            "presence_logits": self.presence_head(h).squeeze(-1).float(),
        }
