package io.runledger.reliability.disk;

/** The full-disk contract on the JSON store (snapshot and journal). */
class JsonFullDiskTest extends FullDiskContract {
    @Override
    DiskStore storeOn(Disk disk) {
        return new JsonDiskStore(disk);
    }
}
