"""What is shown never carries a secret: the one rule for what to mask, and the mask.

Confluent masks the secrets it knows as `****************`, but a connector config is an
open map of strings: a new connector type brings keys no list names, and a value can hold a
secret whatever its key (a password inside a JDBC URL). So the rule has two halves.

Keys. A key is cut into lower-case words at every character that is not a letter or digit
("." "_" "-" alike) and at camelCase humps ("apiKey" reads "api key"). It is sensitive when a
word, or two neighbouring words run together, ends in a secret noun (secret, password, passwd,
pwd, passphrase, credential(s), token(s), jaas, cookie, authorization, userinfo, salt, keyfile,
connection string) or names a key someone holds ("api key", "account key", "private key", "sas
key", ...; a bare "key", as in key.converter, is the record key and no secret). Unless the last
word says the value is *about* a secret rather than the secret: url, uri, endpoint, enable(d),
type, mode, source, format, name, id, path, location, class. Except `access.key.id`,
`api.key.id` and `secret.key.id`, which are credentials themselves: AWS's access key ID and
Confluent's API key are the public half of a pair, masked with the other half.

    masked: kafka.api.secret, kafka.api.key, kafka.api.key.id, aws.access.key.id,
            gcs.credentials.config, sasl.jaas.config, schema.registry.basic.auth.user.info,
            azure.servicebus.sas.key, connect.cosmos.master.key, keyfile, Authorization
    shown:  token.endpoint.url, api.key.header.name, secret.manager.enabled, encryption.key.id,
            azure.servicebus.sas.keyname, key.converter, tokenizer.mode, kafka.service.account.id,
            keyfile.path (where a key file lies; its content, under `keyfile`, is masked),
            ssl.keystore.certificate.chain, tls.public.key (public, though typed as passwords)

Values. Whatever its key, a string loses: a URL's userinfo (`jdbc:postgresql://[redacted]@db`),
PEM private-key blocks, JWTs, the credential after `Basic`/`Bearer` (when it looks random:
"Basic authentication" stays), and the value of a `name=value` parameter (connection and query
strings: `Password=`, `AccountKey=`, `client_secret=`) whose name is sensitive by the rule above,
or is `sig` (an Azure SAS signature), and the value of a `"name": "value"` pair of JSON quoted in a text whose name
is sensitive. Each pattern starts at a literal or at the start
of a run and never re-scans a run, so scrubbing is linear in the length of the text.

Name/value entries. Some answers carry a config as entries rather than keys: validating a
plugin's config answers `{"definition": {"name": ..., "type": "PASSWORD"}, "value": {"name":
..., "value": ..., "recommended_values": [...]}}`, where the key rule sees only `value`. An
entry names a secret when its `name` is a sensitive key by the rule above or its `type` is
PASSWORD (how Kafka Connect types a secret); then its `value`, `recommended_values` and
`default_value` are masked, and so are those of the entries beside it (the definition speaks
for its value), and the masked text is taken out of the other strings they hold (an error
that quotes the value).

Candidly: this is a heuristic. It masks a few things that are not secret (`secrets.region`),
and shows a secret kept under an innocent key in a form no value rule knows. Properties the
API description marks `x-redact` are masked by the generated models whatever their names.
Redaction protects what is shown, not what is asked for: a value read by its key is as sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise

__all__ = [
    "MAX_DEPTH",
    "REDACTED",
    "TOO_DEEP",
    "is_sensitive_key",
    "mask_entry",
    "mask_named_values",
    "names_a_secret",
    "redact",
    "scrub_value",
]

REDACTED = "[redacted]"
TOO_DEEP = "[too deep]"
MAX_DEPTH = 64  # containers nested deeper than this are shown as TOO_DEEP

_SECRET_NOUNS = (
    "secret", "secrets", "password", "passwd", "pwd", "passphrase", "credential",
    "credentials", "token", "tokens", "jaas", "cookie", "authorization", "userinfo", "salt",
    "keyfile", "keystorefile", "connectionstring",
)  # fmt: skip
_KEY_HOLDERS = (
    "access", "account", "api", "client", "consumer", "customer", "encryption", "function",
    "hmac", "keystore", "license", "master", "private", "sas", "secret", "session", "shared",
    "signing",
)  # fmt: skip
_SECRET_ENDINGS = _SECRET_NOUNS + tuple(holder + "key" for holder in _KEY_HOLDERS)
_ABOUT_A_SECRET = frozenset({
    "url", "uri", "endpoint", "enable", "enabled", "type", "mode", "source", "format", "name",
    "id", "path", "location", "class",
})  # fmt: skip
_CREDENTIAL_IDS = frozenset({"access.key.id", "api.key.id", "secret.key.id"})

_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _words(key: str) -> list[str]:
    return [word for word in _NOT_ALNUM.split(_HUMP.sub(".", key).lower()) if word]


@lru_cache(maxsize=4096)  # the same few hundred keys come back in every config
def is_sensitive_key(key: str) -> bool:
    """Whether a value stored under `key` is a secret, to be masked wherever it is shown."""
    words = _words(key)
    if words and words[-1] in _ABOUT_A_SECRET and ".".join(words[-3:]) not in _CREDENTIAL_IDS:
        return False
    run_together = [first + second for first, second in pairwise(words)]
    return any(word.endswith(_SECRET_ENDINGS) for word in words + run_together)


_B64URL = "[A-Za-z0-9_-]"
_PEM_PRIVATE_KEY = re.compile(
    r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY[A-Z ]{0,10}-----"
    r".*?(?:-----END [A-Z0-9 ]{0,60}-----|\Z)",  # an unterminated block is masked to the end
    re.DOTALL,
)
# Only after "://", and never past the next "/": runs never overlap. Greedy up to the last
# "@", so an unencoded "@" inside a password is masked too.
_URL_USERINFO = re.compile(r"(?<=://)[^\s/?#]+@")
_JWT = re.compile(rf"(?<!{_B64URL})eyJ{_B64URL}++(?:\.{_B64URL}++)++")
_SCHEME_CREDENTIAL = re.compile(r"\b(basic|bearer)([ \t]++)([A-Za-z0-9._~+/=-]++)", re.IGNORECASE)
_RANDOM_LOOKING = re.compile(r"[0-9+/=]|.[A-Z]")  # a digit, base64 punctuation, an inner capital
# `name=value` in connection and query strings. Only the name is matched, so the value of a
# harmless name is still searched ("url=https://h?password=x"); a secret one is then skipped.
_PARAM_NAME = re.compile(r"(?<![\w.-])([\w.-]++)=[\"']?")
_PARAM_VALUE = re.compile(r"[^\s;&'\"]*+")


# `"name": "value"` in JSON quoted inside a text (a config dumped into an error message): the value of a sensitive
# name is masked. The name is at most 200 characters and the value ends at its closing quote: linear.
_JSON_PAIR = re.compile(r'"([^"\\\n]{1,200}+)"\s*+:\s*+"((?:[^"\\]++|\\.)*+)"')


def _mask_json_pair(match: re.Match[str]) -> str:
    if not is_sensitive_key(match.group(1)):
        return match.group()
    return f'{match.group()[: match.start(2) - match.start()]}{REDACTED}"'


def _mask_scheme_credential(match: re.Match[str]) -> str:
    scheme, space, credential = match.groups()
    core = credential.rstrip(".")  # a full stop ending a sentence is not part of it
    if not _RANDOM_LOOKING.search(core):
        return match.group()
    return f"{scheme}{space}{REDACTED}{credential[len(core) :]}"


def _mask_params(text: str) -> str:
    parts, done = [], 0
    for match in _PARAM_NAME.finditer(text):
        name = match.group(1)
        if match.start() < done or not (is_sensitive_key(name) or name.lower() == "sig"):
            continue  # inside a value just masked, or a harmless name
        value = _PARAM_VALUE.match(text, match.end())
        if value and value.end() > match.end():
            parts += [text[done : match.end()], REDACTED]
            done = value.end()
    return "".join(parts) + text[done:]


def scrub_value(text: str) -> str:
    """`text` with the secrets it carries inside masked, whatever key it is stored under."""
    text = _PEM_PRIVATE_KEY.sub(REDACTED, text)
    text = _URL_USERINFO.sub(REDACTED + "@", text)
    text = _JWT.sub(REDACTED, text)
    text = _SCHEME_CREDENTIAL.sub(_mask_scheme_credential, text)
    text = _JSON_PAIR.sub(_mask_json_pair, text) if '"' in text else text
    return _mask_params(text)


NAMED_VALUE_KEYS = ("value", "recommended_values", "default_value")


def names_a_secret(entry: Mapping[str, object]) -> bool:
    """Whether a name/value entry describes a secret: its `name` is a sensitive key, or its
    `type` is PASSWORD."""
    name, kind = entry.get("name"), entry.get("type")
    return (isinstance(name, str) and is_sensitive_key(name)) or (isinstance(kind, str) and kind.upper() == "PASSWORD")


def mask_named_values(shown: dict[str, object]) -> dict[str, object]:
    """`shown` (a mapping already masked by key) with the name/value rule applied, in place:
    the values of an entry that names a secret, and of the entries beside one, are masked."""
    entries = [item for item in shown.values() if isinstance(item, dict)]
    if names_a_secret(shown):
        mask_entry(shown)
    if any(names_a_secret(entry) for entry in entries):
        for entry in entries:
            mask_entry(entry)
    return shown


def mask_entry(entry: dict[str, object]) -> None:
    """Mask, in place, the values of a shown entry that describes a secret, and their echoes in its other strings."""
    masked: set[str] = set()
    for key in NAMED_VALUE_KEYS:
        if key in entry:
            value = entry[key]
            masked.update(item for item in (value if isinstance(value, list) else [value]) if isinstance(item, str))
            entry[key] = REDACTED
    secrets = sorted(masked - {"", REDACTED}, key=len, reverse=True)  # the longest first: one may hold another
    if secrets:  # an error beside the value may quote it
        for key, value in entry.items():
            entry[key] = _without(value, secrets)


def _without(value: object, secrets: list[str]) -> object:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, list):
        return [_without(item, secrets) for item in value]
    return value


def redact(value: object, redacted_keys: frozenset[str] = frozenset()) -> object:
    """A copy of plain JSON-like data with secrets masked, at any depth up to MAX_DEPTH.

    The values of sensitive keys, and of keys in `redacted_keys`, become REDACTED; every other
    string goes through `scrub_value`. Tuples come back as lists. Generated models (anything
    with `_redacted_keys`) are returned as they are: their own repr() masks what they hold.
    Input is expected to be a tree, as parsed JSON is.
    """
    return _redact(value, redacted_keys, MAX_DEPTH)


def _redact(value: object, redacted_keys: frozenset[str], levels: int) -> object:
    if isinstance(value, str):
        return scrub_value(value)
    if hasattr(value, "_redacted_keys"):
        return value
    if isinstance(value, Mapping | list | tuple) and levels == 0:
        return TOO_DEEP
    if isinstance(value, Mapping):
        shown = {
            key: REDACTED
            if key in redacted_keys or (isinstance(key, str) and is_sensitive_key(key))
            else _redact(item, redacted_keys, levels - 1)
            for key, item in value.items()
        }
        return mask_named_values(shown)
    if isinstance(value, list | tuple):
        return [_redact(item, redacted_keys, levels - 1) for item in value]
    return value
