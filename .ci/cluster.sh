# Sourced by .ci/two-instances and .ci/faults: two Payara Micro instances of the campus (ports 8181
# and 8182), clustered on loopback (Hazelcast 6920/6921), sharing one throwaway MariaDB database and
# one file directory, behind nginx on 127.0.0.1:8180 (config/nginx.conf). Variables read:
# CLUSTER_FILES (the shared file directory), CLUSTER_MAIL_PORT (SMTP, default 3025).
source .ci/mariadb.sh
if ! command -v nginx >/dev/null 2>&1; then
  echo "== installing nginx"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi

mvn -B -q -DskipUnitTests=true package
mkdir -p target/tmp
cat config/pre-boot-commands.asadmin .ci/loopback.asadmin >target/pre-boot-loopback.asadmin
DB="campus_cluster_$(date +%s)_$$"
CLUSTER="campus-cluster-$$"
CLUSTER_FILES="${CLUSTER_FILES:-$PWD/target/cluster-files}"
campus_db_create "$DB"
PIDS=()
NGINX="$PWD/target/nginx"
cluster_down() {
  [[ -f "$NGINX/nginx.pid" ]] && nginx -p "$NGINX/" -c nginx.conf -s stop 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  campus_db_drop "$DB"
}

# CAMPUS_TRUST_PROXY: the checks send each client's address in X-Forwarded-For, as a proxy would.
start_instance() { # http-port hazelcast-port jvm-time-zone
  CAMPUS_DB_URL="$(campus_db_url "$DB")" CAMPUS_DB_USER=root CAMPUS_DB_PASSWORD= \
  CAMPUS_DB_DATASOURCE_CLASS=com.mysql.cj.jdbc.MysqlDataSource \
  CAMPUS_ENROLLMENT_SWEEP_SECONDS=1 CAMPUS_TEST_CLOCK_ENABLED=true CAMPUS_SECURITY_PBKDF2_ITERATIONS=1024 \
  CAMPUS_DEMO_DATA=true CAMPUS_ALLOW_DEMO_PASSWORDS=true \
  CAMPUS_TRUST_PROXY=true CAMPUS_FILES_DIR="$CLUSTER_FILES" \
  CAMPUS_MAIL_HOST=127.0.0.1 CAMPUS_MAIL_PORT="${CLUSTER_MAIL_PORT:-3025}" CAMPUS_MAIL_RELAY_SECONDS=1 \
  CAMPUS_PUBLIC_URL="http://127.0.0.1:8180" \
  java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Duser.timezone="$3" -Djava.io.tmpdir=target/tmp \
    -jar target/payara-micro.jar --deploy target/campus.war --contextroot / --port "$1" \
    --clustername "$CLUSTER" --clustermode tcpip:127.0.0.1:6920,127.0.0.1:6921 --interfaces 127.0.0.1 \
    --startport "$2" --prebootcommandfile target/pre-boot-loopback.asadmin >"target/instance-$1.log" 2>&1 &
  PIDS+=($!)
}

cluster_up() {
  mkdir -p "$CLUSTER_FILES"
  # Different JVM time zones on purpose: both must store and read the same instants.
  start_instance 8181 6920 Asia/Kolkata
  start_instance 8182 6921 America/Chicago
  for port in 8181 8182; do
    for _ in $(seq 1 180); do
      curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
      sleep 1
    done
    if ! curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; then
      echo "instance on port $port did not become ready; its log:"
      tail -50 "target/instance-$port.log"
      exit 1
    fi
    echo "   instance on port $port is ready"
  done
  # nginx as in production, except that it passes on the X-Forwarded-For the checks send (each
  # simulated client an address of its own) instead of adding the one machine they all come from.
  rm -rf "$NGINX" && mkdir -p "$NGINX/logs" "$NGINX/tmp"
  sed 's/\$proxy_add_x_forwarded_for/$http_x_forwarded_for/' config/nginx.conf >"$NGINX/nginx.conf"
  nginx -p "$NGINX/" -c nginx.conf -g 'user root;'
  curl -sf http://127.0.0.1:8180/health/ready >/dev/null || { cat "$NGINX/logs/error.log"; exit 1; }
  echo "   nginx balances both on port 8180"
}

CLUSTER_PROPERTIES=(-Dcampus.instances=http://127.0.0.1:8181/,http://127.0.0.1:8182/
  -Dcampus.balancer=http://127.0.0.1:8180/)
