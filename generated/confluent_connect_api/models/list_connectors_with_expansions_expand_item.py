from enum import StrEnum


class ListConnectorsWithExpansionsExpandItem(StrEnum):
    ID = "id"
    INFO = "info"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
