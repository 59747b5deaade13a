# Sourced by CI scripts: makes sure the local MariaDB (127.0.0.1:3306, root, no password) answers,
# and offers a throwaway database: `campus_db_create NAME` / `campus_db_drop NAME`.
mariadb_ping() { mysqladmin --protocol=tcp -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1; }
if ! mariadb_ping; then
  echo "   starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do mariadb_ping && break; sleep 1; done
fi
campus_db_create() {
  mysql --protocol=tcp -h 127.0.0.1 -P 3306 -u root \
    -e "CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}
campus_db_drop() {
  mysql --protocol=tcp -h 127.0.0.1 -P 3306 -u root -e "DROP DATABASE IF EXISTS \`$1\`" || true
}
campus_db_url() {
  echo "jdbc:mysql://127.0.0.1:3306/$1?sslMode=DISABLED&allowPublicKeyRetrieval=true"
}
