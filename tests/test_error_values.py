"""Errors are values: they copy and pickle (a worker process can raise them), without secrets."""

from __future__ import annotations

import base64
import copy
import pickle

import httpx
import pytest
from conftest import CLUSTER, ENV

from confluent_connect import ConnectClient, RetryPolicy
from confluent_connect.errors import ApiError, NotFoundError, ServerError

KEY, SECRET = "PICKLEKEY0001", "pickle secret\twith whitespace é"


@pytest.mark.parametrize(("status", "kind"), [(404, NotFoundError), (503, ServerError)])
def test_errors_pickle_and_copy_without_the_credentials(status: int, kind: type) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": status, "message": "nope"}}
        return httpx.Response(status, json=body, headers={"x-request-id": "r-1"})

    client = ConnectClient(
        api_key=KEY,
        api_secret=SECRET,
        retry=RetryPolicy(max_retries=0),
        transport=httpx.MockTransport(handler),
    )
    with client, pytest.raises(kind) as caught:
        client.list_tasks(ENV, CLUSTER, "c")
    error: ApiError = caught.value
    data = pickle.dumps(error)
    basic = base64.b64encode(f"{KEY}:{SECRET}".encode())
    for secret in (SECRET.encode(), SECRET.encode("unicode_escape"), basic):
        assert secret not in data
    for again in (pickle.loads(data), copy.copy(error), copy.deepcopy(error)):
        assert type(again) is kind
        assert str(again) == str(error)
        assert (again.status_code, again.message, again.request_id) == (status, "nope", "r-1")
