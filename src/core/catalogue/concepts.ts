/** Catalogue data: core AWS concepts and features that certification students define in their notes. */
import { entryMaker } from "./entry";
import type { CatalogueEntry } from "./types";

const compute = entryMaker("Compute", "concept");
const network = entryMaker("Networking & Content Delivery", "concept");
const storage = entryMaker("Storage", "concept");
const database = entryMaker("Database", "concept");
const security = entryMaker("Security, Identity & Compliance", "concept");
const management = entryMaker("Management & Governance", "concept");
const enablement = entryMaker("Customer Enablement", "concept");
const finance = entryMaker("Cloud Financial Management", "concept");
const analytics = entryMaker("Analytics", "concept");
const integration = entryMaker("Application Integration", "concept");
const ml = entryMaker("Machine Learning", "concept");
/** Marks an entry whose bare name is an ordinary English word. */
const W = true;

/** Core AWS concepts and features. */
export const CONCEPTS: readonly CatalogueEntry[] = [
  // Global infrastructure and EC2
  compute("region", "Region", ["AWS Region"], [], ["리전"], W),
  compute("availability-zone", "Availability Zone", [], ["AZ"], ["가용 영역", "가용영역"]),
  compute("local-zone", "Local Zone", ["AWS Local Zones", "Local Zones"], [], ["로컬 영역", "로컬 존"]),
  compute("auto-scaling-group", "Auto Scaling Group", ["EC2 Auto Scaling Group"], ["ASG"], ["오토 스케일링 그룹", "Auto Scaling 그룹"]),
  compute("launch-template", "Launch Template", ["EC2 Launch Template"], [], ["시작 템플릿", "런치 템플릿"]),
  compute("ami", "Amazon Machine Image", [], ["AMI"], ["아마존 머신 이미지"]),
  compute("instance-store", "Instance Store", ["EC2 Instance Store", "Instance Store Volume"], [], ["인스턴스 스토어"]),
  compute("placement-group", "Placement Group", ["EC2 Placement Group"], [], ["배치 그룹"]),
  compute("on-demand-instances", "On-Demand Instances", ["On-Demand Instance", "EC2 On-Demand Instances"], [], ["온디맨드 인스턴스"]),
  compute("reserved-instances", "Reserved Instances", ["Reserved Instance", "EC2 Reserved Instances"], ["RI"], ["예약 인스턴스"]),
  compute("spot-instances", "Spot Instances", ["Spot Instance", "EC2 Spot Instances", "Amazon EC2 Spot Instances"], [],
    ["스팟 인스턴스"]),
  compute("dedicated-hosts", "Dedicated Hosts", ["Dedicated Host", "EC2 Dedicated Hosts"], [], ["전용 호스트"]),
  compute("dedicated-instances", "Dedicated Instances", ["Dedicated Instance"], [], ["전용 인스턴스"]),
  compute("capacity-reservations", "On-Demand Capacity Reservations",
    ["Capacity Reservations", "Capacity Reservation", "EC2 Capacity Reservations"], [], ["용량 예약", "온디맨드 용량 예약"]),

  // VPC, load balancing, CloudFront, Route 53
  network("edge-location", "Edge Location", ["CloudFront Edge Location"], [], ["엣지 로케이션", "에지 로케이션"]),
  network("subnet", "Subnet", ["VPC Subnet"], [], ["서브넷"]),
  network("public-subnet", "Public Subnet", [], [], ["퍼블릭 서브넷"]),
  network("private-subnet", "Private Subnet", [], [], ["프라이빗 서브넷"]),
  network("security-group", "Security Group", ["VPC Security Group", "EC2 Security Group"], ["SG"], ["보안 그룹", "보안그룹"]),
  network("network-acl", "Network ACL", ["Network Access Control List"], ["NACL"], ["네트워크 ACL"]),
  network("internet-gateway", "Internet Gateway", [], ["IGW"], ["인터넷 게이트웨이"]),
  network("nat-gateway", "NAT Gateway", [], [], ["NAT 게이트웨이"]),
  network("nat-instance", "NAT Instance", [], [], ["NAT 인스턴스"]),
  network("route-table", "Route Table", ["Routing Table"], [], ["라우팅 테이블", "라우트 테이블"]),
  network("vpc-peering", "VPC Peering", ["VPC Peering Connection"], [], ["VPC 피어링"]),
  network("vpc-endpoint", "VPC Endpoint", [], [], ["VPC 엔드포인트"]),
  network("egress-only-internet-gateway", "Egress-Only Internet Gateway", [], ["EIGW"], ["송신 전용 인터넷 게이트웨이"]),
  network("elastic-ip", "Elastic IP Address", ["Elastic IP"], ["EIP"], ["탄력적 IP 주소", "탄력적 IP", "엘라스틱 IP"]),
  network("eni", "Elastic Network Interface", [], ["ENI"], ["탄력적 네트워크 인터페이스"]),
  network("vpc-flow-logs", "VPC Flow Logs", ["Flow Logs"], [], ["VPC 흐름 로그", "흐름 로그"]),
  network("bastion-host", "Bastion Host", [], [], ["배스천 호스트", "바스티온 호스트"]),
  network("application-load-balancer", "Application Load Balancer", [], ["ALB"], ["애플리케이션 로드 밸런서"]),
  network("network-load-balancer", "Network Load Balancer", [], ["NLB"], ["네트워크 로드 밸런서"]),
  network("gateway-load-balancer", "Gateway Load Balancer", [], ["GWLB"], ["게이트웨이 로드 밸런서"]),
  network("classic-load-balancer", "Classic Load Balancer", [], ["CLB"], ["클래식 로드 밸런서"]),
  network("target-group", "Target Group", [], [], ["대상 그룹", "타깃 그룹", "타겟 그룹"]),
  network("cloudfront-signed-url", "CloudFront Signed URL", ["Signed URL"], [], ["서명된 URL"]),
  network("cloudfront-signed-cookie", "CloudFront Signed Cookie", ["Signed Cookie", "Signed Cookies"], [], ["서명된 쿠키"]),
  network("origin-access-identity", "Origin Access Identity", ["CloudFront Origin Access Identity"], ["OAI"],
    ["원본 액세스 ID", "오리진 액세스 ID"]),
  network("origin-access-control", "Origin Access Control", ["CloudFront Origin Access Control"], ["OAC"],
    ["원본 액세스 제어", "오리진 액세스 제어"]),
  network("lambda-at-edge", "Lambda@Edge", [], [], ["람다@엣지"]),

  // EBS, S3, disaster recovery
  storage("general-purpose-ssd", "General Purpose SSD", ["EBS General Purpose SSD"], ["gp2", "gp3"], ["범용 SSD"]),
  storage("provisioned-iops-ssd", "Provisioned IOPS SSD", ["EBS Provisioned IOPS SSD"], ["io1", "io2", "PIOPS"], ["프로비저닝된 IOPS SSD"]),
  storage("throughput-optimized-hdd", "Throughput Optimized HDD", [], ["st1"], ["처리량 최적화 HDD"]),
  storage("cold-hdd", "Cold HDD", [], ["sc1"], ["콜드 HDD"]),
  storage("ebs-snapshot", "EBS Snapshot", ["Amazon EBS Snapshots", "EBS Snapshots"], [], ["EBS 스냅샷"]),
  storage("s3-bucket", "S3 Bucket", ["Amazon S3 Bucket"], [], ["S3 버킷"]),
  storage("s3-standard", "S3 Standard", [], [], ["S3 스탠다드", "S3 표준"]),
  storage("s3-intelligent-tiering", "S3 Intelligent-Tiering", ["Intelligent-Tiering"], [],
    ["S3 지능형 계층화", "인텔리전트 티어링", "S3 인텔리전트 티어링"]),
  storage("s3-standard-ia", "S3 Standard-IA", ["S3 Standard-Infrequent Access", "Standard-IA", "Standard-Infrequent Access"], [],
    ["S3 표준-IA", "스탠다드 IA"]),
  storage("s3-one-zone-ia", "S3 One Zone-IA", ["S3 One Zone-Infrequent Access", "One Zone-IA", "One Zone-Infrequent Access"], [],
    ["S3 단일 영역-IA", "원 존 IA", "원존 IA"]),
  storage("s3-glacier-instant-retrieval", "S3 Glacier Instant Retrieval", ["Glacier Instant Retrieval"], [],
    ["S3 Glacier 즉시 검색", "글래시어 즉시 검색"]),
  storage("s3-glacier-flexible-retrieval", "S3 Glacier Flexible Retrieval", ["Glacier Flexible Retrieval"], [],
    ["S3 Glacier 유연한 검색", "글래시어 유연한 검색"]),
  storage("s3-glacier-deep-archive", "S3 Glacier Deep Archive", ["Glacier Deep Archive", "Deep Archive"], [],
    ["글래시어 딥 아카이브", "딥 아카이브"]),
  storage("s3-express-one-zone", "S3 Express One Zone", ["Amazon S3 Express One Zone"]),
  storage("s3-reduced-redundancy", "S3 Reduced Redundancy Storage", ["Reduced Redundancy Storage"], ["RRS"]),
  storage("s3-transfer-acceleration", "S3 Transfer Acceleration", ["Amazon S3 Transfer Acceleration", "Transfer Acceleration"], [],
    ["S3 전송 가속", "전송 가속화"]),
  storage("s3-multipart-upload", "S3 Multipart Upload", ["Multipart Upload"], [], ["멀티파트 업로드"]),
  storage("s3-object-lambda", "S3 Object Lambda", ["Amazon S3 Object Lambda", "Object Lambda"]),
  storage("s3-versioning", "S3 Versioning", ["Versioning", "Bucket Versioning"], [], ["S3 버전 관리"], W),
  storage("s3-lifecycle", "S3 Lifecycle", ["S3 Lifecycle Configuration", "Lifecycle Configuration", "Lifecycle Policy"], [],
    ["S3 수명 주기", "수명 주기 정책", "라이프사이클 정책"]),
  storage("s3-presigned-url", "S3 Presigned URL", ["Presigned URL", "Pre-signed URL"], [],
    ["미리 서명된 URL", "사전 서명된 URL", "프리사인드 URL"]),
  storage("s3-cross-region-replication", "S3 Cross-Region Replication", ["Cross-Region Replication"], ["CRR"], ["교차 리전 복제"]),
  storage("s3-bucket-policy", "S3 Bucket Policy", ["Bucket Policy"], [], ["버킷 정책"]),
  storage("sse-s3", "Server-Side Encryption with Amazon S3 Managed Keys", [], ["SSE-S3"]),
  storage("sse-kms", "Server-Side Encryption with AWS KMS Keys", [], ["SSE-KMS"]),
  storage("recovery-point-objective", "Recovery Point Objective", [], ["RPO"], ["복구 시점 목표"]),
  storage("recovery-time-objective", "Recovery Time Objective", [], ["RTO"], ["복구 시간 목표"]),
  storage("backup-and-restore", "Backup and Restore", [], [], ["백업 및 복원"], W),
  storage("pilot-light", "Pilot Light", [], [], ["파일럿 라이트"], W),
  storage("warm-standby", "Warm Standby", [], [], ["웜 스탠바이"], W),
  storage("multi-site-active-active", "Multi-Site Active/Active", ["Multi-Site Active-Active"], [],
    ["멀티 사이트 액티브/액티브", "다중 사이트 액티브/액티브"]),

  // DynamoDB, RDS, Aurora
  database("read-capacity-unit", "Read Capacity Unit", ["Read Capacity Units"], ["RCU"], ["읽기 용량 단위"]),
  database("write-capacity-unit", "Write Capacity Unit", ["Write Capacity Units"], ["WCU"], ["쓰기 용량 단위"]),
  database("global-secondary-index", "Global Secondary Index", [], ["GSI"], ["글로벌 보조 인덱스"]),
  database("local-secondary-index", "Local Secondary Index", [], ["LSI"], ["로컬 보조 인덱스"]),
  database("dynamodb-streams", "DynamoDB Streams", ["Amazon DynamoDB Streams"], [], ["DynamoDB 스트림", "다이나모DB 스트림"]),
  database("dynamodb-global-tables", "DynamoDB Global Tables", ["Global Tables"], [], ["글로벌 테이블"]),
  database("multi-az-deployment", "Multi-AZ Deployment", ["Multi-AZ", "RDS Multi-AZ"], [], ["다중 AZ 배포", "다중 AZ", "멀티 AZ"]),
  database("read-replica", "Read Replica", ["RDS Read Replica", "Read Replicas"], [], ["읽기 전용 복제본", "읽기 복제본", "리드 레플리카"]),

  // IAM, encryption, protection
  security("iam-user", "IAM User", [], [], ["IAM 사용자"]),
  security("iam-group", "IAM Group", ["IAM User Group"], [], ["IAM 그룹", "IAM 사용자 그룹"]),
  security("iam-role", "IAM Role", [], [], ["IAM 역할"]),
  security("iam-policy", "IAM Policy", [], [], ["IAM 정책"]),
  security("root-user", "Root User", ["AWS Account Root User", "Root Account"], [], ["루트 사용자", "루트 계정"]),
  security("service-control-policy", "Service Control Policy", ["Service Control Policies"], ["SCP"], ["서비스 제어 정책"]),
  security("multi-factor-authentication", "Multi-Factor Authentication", [], ["MFA"], ["멀티 팩터 인증", "다중 인증", "다중 요소 인증"]),
  security("resource-based-policy", "Resource-Based Policy", [], [], ["리소스 기반 정책"]),
  security("least-privilege", "Principle of Least Privilege", ["Least Privilege"], [], ["최소 권한 원칙", "최소 권한"]),
  security("shared-responsibility-model", "Shared Responsibility Model", ["AWS Shared Responsibility Model"], [],
    ["공동 책임 모델", "공유 책임 모델"]),
  security("customer-managed-key", "Customer Managed Key", ["Customer Master Key"], ["CMK"], ["고객 관리형 키"]),
  security("shield-standard", "AWS Shield Standard", ["Shield Standard"], [], ["실드 스탠다드", "쉴드 스탠다드"]),
  security("shield-advanced", "AWS Shield Advanced", ["Shield Advanced"], [], ["실드 어드밴스드", "쉴드 어드밴스드"]),
  security("cognito-user-pool", "Cognito User Pool", ["Amazon Cognito User Pool", "User Pool"], [], ["사용자 풀"]),

  // Well-Architected, Organizations, monitoring
  management("well-architected-framework", "AWS Well-Architected Framework", ["Well-Architected Framework", "Well-Architected"], [],
    ["Well-Architected 프레임워크", "웰 아키텍티드 프레임워크"]),
  management("operational-excellence-pillar", "Operational Excellence Pillar", ["Operational Excellence"], [],
    ["운영 우수성", "운영 우수성 원칙"]),
  management("security-pillar", "Security Pillar", [], [], ["보안 원칙"]),
  management("reliability-pillar", "Reliability Pillar", [], [], ["안정성 원칙"]),
  management("performance-efficiency-pillar", "Performance Efficiency Pillar", ["Performance Efficiency"], [],
    ["성능 효율성", "성능 효율성 원칙"]),
  management("cost-optimization-pillar", "Cost Optimization Pillar", [], [], ["비용 최적화 원칙"]),
  management("sustainability-pillar", "Sustainability Pillar", [], [], ["지속 가능성 원칙"]),
  management("cloud-adoption-framework", "AWS Cloud Adoption Framework", ["Cloud Adoption Framework", "AWS CAF"], ["CAF"],
    ["클라우드 도입 프레임워크"]),
  management("organizational-unit", "Organizational Unit", [], ["OU"], ["조직 단위"]),
  management("cloudwatch-logs", "Amazon CloudWatch Logs", ["CloudWatch Logs"], [], ["CloudWatch 로그", "클라우드워치 로그"]),
  management("parameter-store", "Parameter Store", ["Systems Manager Parameter Store", "SSM Parameter Store"], [], ["파라미터 스토어"]),

  // Support plans
  enablement("basic-support", "AWS Basic Support", ["Basic Support", "Basic Support Plan"], [], ["기본 지원 플랜", "베이직 지원 플랜"], W),
  enablement("developer-support", "AWS Developer Support", ["Developer Support", "Developer Support Plan"], [], ["개발자 지원 플랜"], W),
  enablement("business-support", "AWS Business Support", ["Business Support", "Business Support Plan"], [], ["비즈니스 지원 플랜"], W),
  enablement("enterprise-on-ramp-support", "AWS Enterprise On-Ramp Support",
    ["Enterprise On-Ramp Support", "Enterprise On-Ramp", "Enterprise On-Ramp Support Plan"], [],
    ["엔터프라이즈 온램프 지원 플랜", "엔터프라이즈 온램프"]),
  enablement("enterprise-support", "AWS Enterprise Support", ["Enterprise Support", "Enterprise Support Plan"], [],
    ["엔터프라이즈 지원 플랜"], W),
  enablement("technical-account-manager", "Technical Account Manager", [], ["TAM"], ["기술 계정 관리자"]),

  // Billing
  finance("savings-plans", "Savings Plans", ["Savings Plan", "AWS Savings Plans"], [], ["세이빙스 플랜", "세이빙 플랜"]),
  finance("consolidated-billing", "Consolidated Billing", [], [], ["통합 결제", "통합 청구"]),
  finance("free-tier", "AWS Free Tier", ["Free Tier"], [], ["프리 티어"]),
  finance("cost-allocation-tags", "Cost Allocation Tags", ["Cost Allocation Tag"], [], ["비용 할당 태그"]),
  finance("total-cost-of-ownership", "Total Cost of Ownership", [], ["TCO"], ["총소유비용", "총 소유 비용"]),

  // Analytics, messaging, machine learning
  analytics("glue-data-catalog", "AWS Glue Data Catalog", ["Glue Data Catalog"], [], ["글루 데이터 카탈로그"]),
  integration("dead-letter-queue", "Dead-Letter Queue", [], ["DLQ"], ["배달 못한 편지 대기열", "데드 레터 큐"]),
  integration("sqs-visibility-timeout", "SQS Visibility Timeout", ["Visibility Timeout"], [], ["가시성 제한 시간"]),
  ml("sagemaker-ground-truth", "Amazon SageMaker Ground Truth", ["SageMaker Ground Truth", "Ground Truth"], [], [], W),
  ml("bedrock-knowledge-bases", "Amazon Bedrock Knowledge Bases", ["Bedrock Knowledge Bases", "Knowledge Bases for Amazon Bedrock"]),
];
