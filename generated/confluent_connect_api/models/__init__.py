"""Contains all the data models used in inputs/outputs"""

from .connector_error import ConnectorError
from .connector_error_detail import ConnectorErrorDetail
from .connector_task import ConnectorTask
from .connector_task_config import ConnectorTaskConfig
from .connector_task_id import ConnectorTaskId

__all__ = (
    "ConnectorError",
    "ConnectorErrorDetail",
    "ConnectorTask",
    "ConnectorTaskConfig",
    "ConnectorTaskId",
)
