// Initiates the single-node replica set rs0 once, then waits until this node is a writable primary.
// Idempotent: run on every `docker compose up` by the mongo-init container; a second run only waits.
// The member host must be the name the services use (mongo:27017), because drivers connect to the hosts
// listed in the replica set configuration.
const config = { _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] };

try {
  const status = rs.status();
  print(`replica set ${status.set} already initiated`);
} catch (e) {
  if (e.codeName === 'NotYetInitialized' || e.code === 94) {
    print('initiating replica set rs0');
    rs.initiate(config);
  } else {
    throw e;
  }
}

for (let i = 0; i < 60; i++) {
  if (db.hello().isWritablePrimary) {
    print('rs0 primary is ready');
    quit(0);
  }
  sleep(1000);
}
print('rs0 has no writable primary after 60 s');
quit(1);
