"""The shared request queue on Redis, with leases, for crawler processes on several machines.

A plain scrapy-redis queue forgets a request the moment a process pops it, so a process killed
mid-download loses everything it had in flight. Here a pop moves the request into a lease
(`inflight` hash + `leases` sorted set scored by expiry, on the Redis server's clock so machine
clocks do not matter). The popping process renews its leases while it works and releases each
one once the request has been fully handled (its items stored, its new requests queued). A lease
that is not renewed (the process died) expires, and any live process puts it back in the queue.

Requests are stored as JSON, not pickle: anything that can write to the Redis server must not
be able to make the crawlers run code.
"""
from __future__ import annotations

import base64
import json

from scrapy_redis.queue import Base

LEASE_META = "_foi_lease"    # request.meta key: the token of the lease a popped request holds

# KEYS: queue, inflight, leases, seq   ARGV: lease seconds
POP = """
local data = redis.call('RPOP', KEYS[1])
if not data then return false end
local t = redis.call('TIME')
local token = tostring(redis.call('INCR', KEYS[4]))
redis.call('HSET', KEYS[2], token, data)
redis.call('ZADD', KEYS[3], tonumber(t[1]) + tonumber(t[2]) / 1e6 + tonumber(ARGV[1]), token)
return {token, data}
"""
# KEYS: leases   ARGV: lease seconds, token...   (XX: a lease already reclaimed stays gone)
RENEW = """
local t = redis.call('TIME')
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', tonumber(t[1]) + tonumber(t[2]) / 1e6 + tonumber(ARGV[1]), ARGV[i]) end
return #ARGV - 1
"""
# KEYS: queue, inflight, leases   ARGV: token...   (put leased requests back at the queue's head)
REQUEUE = """
local n = 0
for i = 1, #ARGV do
  local data = redis.call('HGET', KEYS[2], ARGV[i])
  if data then redis.call('RPUSH', KEYS[1], data); n = n + 1 end
  redis.call('HDEL', KEYS[2], ARGV[i]); redis.call('ZREM', KEYS[3], ARGV[i])
end
return n
"""
# KEYS: queue, inflight, leases
RECLAIM = """
local t = redis.call('TIME')
local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', tonumber(t[1]) + tonumber(t[2]) / 1e6)
local n = 0
for _, token in ipairs(expired) do
  local data = redis.call('HGET', KEYS[2], token)
  if data then redis.call('RPUSH', KEYS[1], data); n = n + 1 end
  redis.call('HDEL', KEYS[2], token); redis.call('ZREM', KEYS[3], token)
end
return n
"""
# KEYS: seen set, queue   ARGV: fingerprint ('' = never filtered), encoded request
SEEN_PUSH = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('LPUSH', KEYS[2], ARGV[2])
return 1
"""
# KEYS: queue, leases, then every key of the job   (the job is over: nothing queued or leased)
FINISH = """
if redis.call('LLEN', KEYS[1]) > 0 or redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
redis.call('DEL', unpack(KEYS))
return 1
"""


class JsonCodec:
    """Request dicts to JSON and back; bytes (headers, body) and bytes-keyed dicts survive."""

    @staticmethod
    def _enc(obj):
        if isinstance(obj, bytes):
            return {"__b": base64.b64encode(obj).decode("ascii")}
        if isinstance(obj, dict):
            if all(isinstance(k, str) for k in obj):
                return {k: JsonCodec._enc(v) for k, v in obj.items()}
            return {"__d": [[JsonCodec._enc(k), JsonCodec._enc(v)] for k, v in obj.items()]}
        if isinstance(obj, list | tuple):
            return [JsonCodec._enc(v) for v in obj]
        return obj

    @staticmethod
    def _dec(obj):
        if isinstance(obj, dict):
            if set(obj) == {"__b"}:
                return base64.b64decode(obj["__b"])
            if set(obj) == {"__d"}:
                return {JsonCodec._dec(k): JsonCodec._dec(v) for k, v in obj["__d"]}
            return {k: JsonCodec._dec(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [JsonCodec._dec(v) for v in obj]
        return obj

    @staticmethod
    def dumps(obj) -> bytes:
        return json.dumps(JsonCodec._enc(obj), separators=(",", ":")).encode()

    @staticmethod
    def loads(data: bytes | str):
        return JsonCodec._dec(json.loads(data))


class LeasedQueue(Base):
    """FIFO of requests (LPUSH / RPOP) where every pop takes a lease; see the module docstring."""

    def __init__(self, server, spider, key, serializer=None, lease_seconds: float = 60.0):
        super().__init__(server, spider, key, serializer or JsonCodec)
        self.lease_seconds = lease_seconds
        self.inflight_key = f"{self.key}:inflight"
        self.leases_key = f"{self.key}:leases"
        self.seq_key = f"{self.key}:seq"
        self._pop = server.register_script(POP)
        self._renew = server.register_script(RENEW)
        self._requeue = server.register_script(REQUEUE)
        self._reclaim = server.register_script(RECLAIM)
        self._finish = server.register_script(FINISH)
        self._seen_push = server.register_script(SEEN_PUSH)

    def _encode_request(self, request):
        obj = request.to_dict(spider=self.spider)
        obj["meta"] = {k: v for k, v in obj.get("meta", {}).items() if k != LEASE_META}
        return self.serializer.dumps(obj)

    def __len__(self):
        return self.server.llen(self.key)

    def push(self, request):
        self.server.lpush(self.key, self._encode_request(request))

    def push_unseen(self, request, seen_key: str, fingerprint: str | None) -> bool:
        """Mark the request seen and queue it in one step (False: already seen). Two steps
        would leave a page seen by every process and queued by none if its process died between
        them."""
        return bool(self._seen_push(keys=[seen_key, self.key],
                                    args=[fingerprint or "", self._encode_request(request)]))

    def pop(self, timeout=0):
        """The next request, now leased (its token in `request.meta[LEASE_META]`), or None."""
        got = self._pop(keys=[self.key, self.inflight_key, self.leases_key, self.seq_key],
                        args=[self.lease_seconds])
        if not got:
            return None
        token, data = got
        request = self._decode_request(data)
        request.meta[LEASE_META] = token.decode() if isinstance(token, bytes) else str(token)
        return request

    def renew(self, tokens: list[str]) -> None:
        if tokens:
            self._renew(keys=[self.leases_key], args=[self.lease_seconds, *tokens])

    def release(self, tokens: list[str]) -> None:
        """The requests are fully handled: drop their leases."""
        if tokens:
            pipe = self.server.pipeline()
            pipe.hdel(self.inflight_key, *tokens)
            pipe.zrem(self.leases_key, *tokens)
            pipe.execute()

    def requeue(self, tokens: list[str]) -> int:
        """Give leased requests back (a graceful stop): another process fetches them."""
        if not tokens:
            return 0
        return int(self._requeue(keys=[self.key, self.inflight_key, self.leases_key],
                                 args=tokens))

    def reclaim_expired(self) -> int:
        """Put back the requests whose lease ran out (their process died); how many."""
        return int(self._reclaim(keys=[self.key, self.inflight_key, self.leases_key]))

    def leased(self) -> int:
        return self.server.zcard(self.leases_key)

    def finish(self, *other_keys: str) -> bool:
        """Delete the job's keys when nothing is queued or leased; True when it did."""
        keys = [self.key, self.leases_key, self.inflight_key, self.seq_key, *other_keys]
        return bool(self._finish(keys=keys))

    def clear(self):
        self.server.delete(self.key, self.inflight_key, self.leases_key, self.seq_key)
