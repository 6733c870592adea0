/** Catalogue data: Database, Analytics, Blockchain, Quantum Technologies and Satellite services. */
import { entryMaker } from "./entry";
import type { CatalogueEntry } from "./types";

const database = entryMaker("Database", "service");
const analytics = entryMaker("Analytics", "service");
const blockchain = entryMaker("Blockchain", "service");
const quantum = entryMaker("Quantum Technologies", "service");
const satellite = entryMaker("Satellite", "service");
/** Marks an entry whose bare name is an ordinary English word. */
const W = true;

/** Database, Analytics, Blockchain, Quantum Technologies and Satellite services. */
export const DATABASE_ANALYTICS_SERVICES: readonly CatalogueEntry[] = [
  // Database
  database("aurora", "Amazon Aurora", ["Aurora"], [], ["오로라"], W),
  database("aurora-dsql", "Amazon Aurora DSQL", ["Aurora DSQL"]),
  database("rds", "Amazon Relational Database Service", ["Amazon RDS", "Relational Database Service"], ["RDS"]),
  database("dynamodb", "Amazon DynamoDB", ["DynamoDB"], [], ["다이나모DB", "다이나모 DB", "다이나모디비", "다이나모 디비", "다이나모"]),
  database("dax", "Amazon DynamoDB Accelerator", ["DynamoDB Accelerator", "Amazon DAX"], ["DAX"]),
  database("elasticache", "Amazon ElastiCache", ["ElastiCache", "ElasticCache"], [],
    ["엘라스틱 캐시", "엘라스틱캐시", "일래스티캐시", "엘라스티캐시", "일래스틱 캐시"]),
  database("memorydb", "Amazon MemoryDB", ["MemoryDB", "Amazon MemoryDB for Redis", "MemoryDB for Redis"]),
  database("documentdb", "Amazon DocumentDB", ["DocumentDB", "Amazon DocumentDB (with MongoDB compatibility)"], [],
    ["도큐먼트DB", "도큐먼트 DB"]),
  database("keyspaces", "Amazon Keyspaces", ["Keyspaces", "Amazon Keyspaces (for Apache Cassandra)"], [], ["키스페이스"]),
  database("neptune", "Amazon Neptune", ["Neptune"], [], ["넵튠"]),
  database("timestream", "Amazon Timestream", ["Timestream"], [], ["타임스트림"]),
  database("qldb", "Amazon Quantum Ledger Database", ["Amazon QLDB", "Quantum Ledger Database"], ["QLDB"]),
  database("simpledb", "Amazon SimpleDB", ["SimpleDB"]),
  database("oracle-database-at-aws", "Oracle Database@AWS"),

  // Analytics
  analytics("athena", "Amazon Athena", ["Athena"], [], ["아테나"]),
  analytics("cloudsearch", "Amazon CloudSearch", ["CloudSearch"], [], ["클라우드서치"]),
  analytics("datazone", "Amazon DataZone", ["DataZone"]),
  analytics("emr", "Amazon EMR", ["Amazon Elastic MapReduce", "Elastic MapReduce"], ["EMR"]),
  analytics("finspace", "Amazon FinSpace", ["FinSpace"]),
  analytics("kinesis", "Amazon Kinesis", ["Kinesis"], [], ["키네시스"]),
  analytics("kinesis-data-streams", "Amazon Kinesis Data Streams", ["Kinesis Data Streams", "Kinesis Streams"], ["KDS"],
    ["키네시스 데이터 스트림", "키네시스 데이터 스트림즈"]),
  analytics("data-firehose", "Amazon Data Firehose",
    ["Data Firehose", "Amazon Kinesis Data Firehose", "Kinesis Data Firehose", "Kinesis Firehose", "Firehose"], ["KDF"],
    ["파이어호스", "키네시스 데이터 파이어호스", "키네시스 파이어호스"], W),
  analytics("managed-service-for-apache-flink", "Amazon Managed Service for Apache Flink",
    ["Managed Service for Apache Flink", "Amazon Kinesis Data Analytics", "Kinesis Data Analytics"], ["KDA"]),
  analytics("msk", "Amazon Managed Streaming for Apache Kafka", ["Amazon MSK", "Managed Streaming for Apache Kafka"], ["MSK"]),
  analytics("opensearch-service", "Amazon OpenSearch Service",
    ["OpenSearch Service", "Amazon OpenSearch", "OpenSearch", "Amazon Elasticsearch Service", "Elasticsearch Service", "Amazon ES"],
    [], ["오픈서치", "오픈 서치"]),
  analytics("quicksight", "Amazon QuickSight", ["QuickSight"], [], ["퀵사이트", "퀵 사이트"]),
  analytics("redshift", "Amazon Redshift", ["Redshift"], [], ["레드시프트", "레드 시프트"], W),
  analytics("glue", "AWS Glue", ["Glue"], [], ["글루"], W),
  analytics("glue-databrew", "AWS Glue DataBrew", ["Glue DataBrew", "DataBrew"]),
  analytics("lake-formation", "AWS Lake Formation", ["Lake Formation"], [], ["레이크 포메이션", "레이크포메이션"]),
  analytics("data-exchange", "AWS Data Exchange", ["Data Exchange"], [], [], W),
  analytics("clean-rooms", "AWS Clean Rooms", ["Clean Rooms"], [], [], W),
  analytics("entity-resolution", "AWS Entity Resolution", ["Entity Resolution"], [], [], W),
  analytics("data-pipeline", "AWS Data Pipeline", ["Data Pipeline"], [], [], W),

  // Blockchain, Quantum Technologies, Satellite
  blockchain("managed-blockchain", "Amazon Managed Blockchain", ["Managed Blockchain"], ["AMB"]),
  quantum("braket", "Amazon Braket", ["Braket"], [], ["브라켓"]),
  satellite("ground-station", "AWS Ground Station", ["Ground Station"], [], ["그라운드 스테이션"], W),
];
