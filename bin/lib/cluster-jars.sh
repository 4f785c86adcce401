# Shared by bin/test-cluster and bin/spark-submit-command: the versions the build compiles against,
# the application jar, and the Maven-resolved Spark and Delta jars (Spark alone as in a Spark
# download; Delta's own jars apart, for spark-submit --jars). Source it after defining
# project_dir, app_jar, work (a scratch folder with logs/), log and die.

# ---- versions from the parent POM, so the cluster runs what the build compiles against ----
prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$project_dir/pom.xml" | head -n 1; }
spark_version="$(prop spark.version)"
delta_version="$(prop delta.version)"
scala_version="$(prop scala.binary.version)"
jackson_version="$(prop jackson.version)"
[[ -n "$spark_version" && -n "$delta_version" && -n "$scala_version" ]] || die "Cannot read the Spark/Delta versions from pom.xml."

# ---- the application jar (built when missing or older than the sources) ----
if [[ ! -f "$app_jar" ]] || [[ -n "$(find "$project_dir/pom.xml" "$project_dir/common/pom.xml" "$project_dir/jobs/pom.xml" \
    "$project_dir/common/src/main" "$project_dir/jobs/src/main" "$project_dir/conf" -type f -newer "$app_jar" -print -quit)" ]]; then
  log "building the application jar (mvn package -pl jobs -am)"
  (cd "$project_dir" && mvn -B -ntp -q -Dstyle.color=never -DskipTests -pl jobs -am package) >"$work/logs/build.log" 2>&1 \
    || die "Cannot build the application jar: mvn package failed (log below)."
fi
# ---- SPARK_HOME/jars: Spark only, as in a Spark download; Delta's jars kept apart for --jars ----
# Cached outside target/ (a concurrent 'mvn clean' must not pull it away mid-run), built once under
# a lock and moved into place whole.
cache="${DT_SPARK_CACHE:-/tmp/diplomacy-trends-spark-cache}/spark-$spark_version-delta-$delta_version"
spark_home="$cache/spark-home"
delta_dir="$cache/delta-jars"
mkdir -p "$(dirname "$cache")"
exec 9>"$cache.lock"
flock 9
if [[ ! -f "$cache/.complete" ]]; then
  log "resolving Spark $spark_version and Delta $delta_version jars with Maven into $cache"
  rm -rf "$cache" "$cache.partial"
  mkdir -p "$work/resolve/spark" "$work/resolve/delta" "$cache.partial/spark-home/jars" "$cache.partial/delta-jars"
  pom() { # $1 = extra dependency XML
    cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local.test-cluster</groupId><artifactId>resolve</artifactId><version>1</version><packaging>pom</packaging>
  <dependencyManagement><dependencies><dependency><groupId>com.fasterxml.jackson</groupId><artifactId>jackson-bom</artifactId>
    <version>$jackson_version</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_$scala_version</artifactId><version>$spark_version</version></dependency>
    $1
  </dependencies>
</project>
EOF
  }
  pom "" > "$work/resolve/spark/pom.xml"
  pom "<dependency><groupId>io.delta</groupId><artifactId>delta-spark_$scala_version</artifactId><version>$delta_version</version></dependency>" \
    > "$work/resolve/delta/pom.xml"
  (cd "$work/resolve/spark" && mvn -B -ntp -q -Dstyle.color=never dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$cache.partial/spark-home/jars") >"$work/logs/resolve.log" 2>&1 \
      || die "Cannot resolve Spark's jars with Maven (log below)."
  (cd "$work/resolve/delta" && mvn -B -ntp -q -Dstyle.color=never dependency:build-classpath -DincludeScope=runtime \
      -Dmdep.outputFile="$work/resolve/delta.classpath") >>"$work/logs/resolve.log" 2>&1 \
      || die "Cannot resolve Delta's jars with Maven (log below)."
  # Delta's jars = what spark-sql + delta-spark resolve to, minus what Spark alone already has.
  tr ':' '\n' < "$work/resolve/delta.classpath" | while read -r jar; do
    [[ -e "$cache.partial/spark-home/jars/$(basename "$jar")" ]] || cp "$jar" "$cache.partial/delta-jars/"
  done
  touch "$cache.partial/.complete"
  mv "$cache.partial" "$cache"
fi
flock -u 9
exec 9>&-
