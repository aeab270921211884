"""The set-prediction network: a transformer encoder over feature tokens, then K learned query slots (DETR-style).

Contract of `ActivationOracle.forward(x, mask)`:
    x     [B, S, L, d_in] float   features (S sources x L prompt positions; see `oracle.features`)
    mask  [B, L] bool             True at real prompt positions (every row has at least one)
returns a dict:
    directions      [B, K, D]  unit vectors in the sentence encoder's space
    weights         [B, K]     signed PoE weights
    presence_logits [B, K]     logit that the slot holds a component

Feature tokens: each (source, position) is one token: LayerNorm (no affine) of the raw vector, a per-source
linear map to d_model, plus a learned position and a learned source embedding. Per-source normalisation matters:
LM hidden states have a few very large coordinates and soft prompts a scale of their own.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from oracle.config import NetConfig


class ActivationOracle(nn.Module):
    """Encoder over feature tokens + DETR decoder with K query slots. See the module docstring for shapes."""

    def __init__(self, cfg: NetConfig, n_sources: int, d_in: int, d_out: int):
        super().__init__()
        self.cfg, self.n_sources, self.d_in, self.d_out = cfg, n_sources, d_in, d_out
        D = cfg.d_model
        self.in_proj = nn.Parameter(torch.randn(n_sources, d_in, D) / d_in ** 0.5)
        self.in_bias = nn.Parameter(torch.zeros(n_sources, D))
        self.pos = nn.Parameter(torch.randn(cfg.max_len, D) * 0.02)
        self.src = nn.Parameter(torch.randn(n_sources, D) * 0.02)
        enc = nn.TransformerEncoderLayer(D, cfg.n_heads, cfg.ffn, cfg.dropout, batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(enc, cfg.encoder_layers, norm=nn.LayerNorm(D), enable_nested_tensor=False)
        dec = nn.TransformerDecoderLayer(D, cfg.n_heads, cfg.ffn, cfg.dropout, batch_first=True, norm_first=True)
        self.decoder = nn.TransformerDecoder(dec, cfg.decoder_layers, norm=nn.LayerNorm(D))
        self.queries = nn.Parameter(torch.randn(cfg.slots, D) * 0.02)
        self.direction_head = nn.Sequential(nn.Linear(D, D), nn.GELU(), nn.Linear(D, d_out))
        self.weight_head = nn.Sequential(nn.Linear(D, D), nn.GELU(), nn.Linear(D, 1))
        self.presence_head = nn.Linear(D, 1)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> dict[str, torch.Tensor]:
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
        memory = self.encoder(tok, src_key_padding_mask=pad)
        q = self.queries[None].expand(B, -1, -1)  # [B, K, D]
        h = self.decoder(q, memory, memory_key_padding_mask=pad)  # [B, K, D]
        return {
            "directions": F.normalize(self.direction_head(h).float(), dim=-1),
            "weights": self.weight_head(h).squeeze(-1).float(),
            "presence_logits": self.presence_head(h).squeeze(-1).float(),
        }
