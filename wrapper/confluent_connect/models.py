"""The API's models and enums, to build request bodies and to name what comes back (`NewConnector`,
`AlterOffsetRequest`, `ListConnectorsWithExpansionsExpandItem`, ...), and `Unset`/`UNSET` (a field the server left out).
Generated from the API description: a revision that adds a model adds it here."""

from confluent_connect_api.models import *  # noqa: F403 - every generated model and enum
from confluent_connect_api.models import __all__ as _generated
from confluent_connect_api.types import UNSET, Unset

__all__ = [*_generated, "UNSET", "Unset"]  # noqa: PLE0604 - the generated names are strings
