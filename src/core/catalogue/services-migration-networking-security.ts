/** Catalogue data: Migration & Transfer, Networking & Content Delivery and Security, Identity & Compliance services. */
import { entryMaker } from "./entry";
import type { CatalogueEntry } from "./types";

const migration = entryMaker("Migration & Transfer", "service");
const network = entryMaker("Networking & Content Delivery", "service");
const security = entryMaker("Security, Identity & Compliance", "service");
/** Marks an entry whose bare name is an ordinary English word. */
const W = true;

/** Migration & Transfer, Networking & Content Delivery and Security, Identity & Compliance services. */
export const MIGRATION_NETWORKING_SECURITY_SERVICES: readonly CatalogueEntry[] = [
  // Migration & Transfer
  migration("application-discovery-service", "AWS Application Discovery Service", ["Application Discovery Service"], ["ADS"]),
  migration("application-migration-service", "AWS Application Migration Service",
    ["Application Migration Service", "AWS MGN", "CloudEndure Migration"], ["MGN"]),
  migration("dms", "AWS Database Migration Service", ["AWS DMS", "Database Migration Service"], ["DMS"],
    ["데이터베이스 마이그레이션 서비스"]),
  migration("schema-conversion-tool", "AWS Schema Conversion Tool", ["AWS SCT", "Schema Conversion Tool"], ["SCT"]),
  migration("datasync", "AWS DataSync", ["DataSync"], [], ["데이터싱크"]),
  migration("transfer-family", "AWS Transfer Family", ["Transfer Family", "AWS Transfer for SFTP", "Transfer for SFTP"]),
  migration("migration-hub", "AWS Migration Hub", ["Migration Hub"], [], ["마이그레이션 허브"]),
  migration("server-migration-service", "AWS Server Migration Service", ["Server Migration Service", "AWS SMS"], ["SMS"], [], W),
  migration("snow-family", "AWS Snow Family", ["Snow Family"], [], ["스노우 패밀리"]),
  migration("snowball", "AWS Snowball", ["Snowball", "AWS Import/Export"], [], ["스노우볼"], W),
  migration("snowball-edge", "AWS Snowball Edge", ["Snowball Edge"], [], ["스노우볼 엣지"]),
  migration("snowcone", "AWS Snowcone", ["Snowcone"], [], ["스노우콘"]),
  migration("snowmobile", "AWS Snowmobile", ["Snowmobile"], [], ["스노우모빌"], W),
  migration("mainframe-modernization", "AWS Mainframe Modernization", ["Mainframe Modernization"], [], [], W),
  migration("migration-evaluator", "Migration Evaluator", ["AWS Migration Evaluator", "TSO Logic"]),
  migration("transform", "AWS Transform", ["Transform"], [], [], W),

  // Networking & Content Delivery
  network("vpc", "Amazon Virtual Private Cloud", ["Amazon VPC", "Virtual Private Cloud"], ["VPC"], ["가상 프라이빗 클라우드"]),
  network("cloudfront", "Amazon CloudFront", ["CloudFront"], [], ["클라우드프론트", "클라우드 프론트", "클라우드프런트", "클라우드 프런트"]),
  network("route-53", "Amazon Route 53", ["Route 53"], ["R53"], ["라우트 53", "라우트53"]),
  network("api-gateway", "Amazon API Gateway", ["API Gateway"], [], ["API 게이트웨이"]),
  network("direct-connect", "AWS Direct Connect", ["Direct Connect"], ["DX"], ["다이렉트 커넥트", "다이렉트커넥트"]),
  network("elb", "Elastic Load Balancing", ["Elastic Load Balancer"], ["ELB"],
    ["엘라스틱 로드 밸런싱", "엘라스틱 로드 밸런서", "일래스틱 로드 밸런싱"]),
  network("global-accelerator", "AWS Global Accelerator", ["Global Accelerator"], [], ["글로벌 액셀러레이터"]),
  network("privatelink", "AWS PrivateLink", ["PrivateLink"], [], ["프라이빗링크", "프라이빗 링크"]),
  network("transit-gateway", "AWS Transit Gateway", ["Transit Gateway"], ["TGW"], ["트랜짓 게이트웨이", "전송 게이트웨이"]),
  network("cloud-map", "AWS Cloud Map", ["Cloud Map"]),
  network("site-to-site-vpn", "AWS Site-to-Site VPN", ["Site-to-Site VPN"], [], ["사이트 간 VPN"]),
  network("client-vpn", "AWS Client VPN", ["Client VPN"], [], ["클라이언트 VPN"]),
  network("verified-access", "AWS Verified Access", ["Verified Access"]),
  network("vpc-lattice", "Amazon VPC Lattice", ["VPC Lattice"]),
  network("cloud-wan", "AWS Cloud WAN", ["Cloud WAN"]),
  network("private-5g", "AWS Private 5G", ["Private 5G"]),
  network("telco-network-builder", "AWS Telco Network Builder", ["Telco Network Builder"], ["TNB"]),
  network("application-recovery-controller", "Amazon Application Recovery Controller",
    ["Application Recovery Controller", "Amazon Route 53 Application Recovery Controller", "Route 53 Application Recovery Controller"]),

  // Security, Identity & Compliance
  security("iam", "AWS Identity and Access Management", ["AWS IAM", "Identity and Access Management"], ["IAM"]),
  security("iam-identity-center", "AWS IAM Identity Center",
    ["IAM Identity Center", "Identity Center", "AWS Single Sign-On", "AWS SSO"], [], ["IAM 아이덴티티 센터", "아이덴티티 센터"]),
  security("cognito", "Amazon Cognito", ["Cognito"], [], ["코그니토"]),
  security("directory-service", "AWS Directory Service",
    ["Directory Service", "AWS Directory Service for Microsoft Active Directory", "AWS Managed Microsoft AD"], [], [], W),
  security("ram", "AWS Resource Access Manager", ["AWS RAM", "Resource Access Manager"], ["RAM"], [], W),
  security("kms", "AWS Key Management Service", ["AWS KMS", "Key Management Service"], ["KMS"]),
  security("cloudhsm", "AWS CloudHSM", ["CloudHSM"], [], ["클라우드HSM"]),
  security("secrets-manager", "AWS Secrets Manager", ["Secrets Manager"], [], ["시크릿 매니저", "시크릿스 매니저"]),
  security("certificate-manager", "AWS Certificate Manager", ["AWS ACM", "Certificate Manager"], ["ACM"]),
  security("private-ca", "AWS Private Certificate Authority",
    ["AWS Private CA", "Private CA", "Private Certificate Authority", "ACM Private CA"], ["ACM PCA"]),
  security("waf", "AWS WAF", ["AWS Web Application Firewall"], ["WAF"]),
  security("shield", "AWS Shield", ["Shield"], [], ["실드", "쉴드"], W),
  security("firewall-manager", "AWS Firewall Manager", ["Firewall Manager"]),
  security("network-firewall", "AWS Network Firewall", ["Network Firewall"], [], [], W),
  security("guardduty", "Amazon GuardDuty", ["GuardDuty"], [], ["가드듀티", "가드 듀티"]),
  security("inspector", "Amazon Inspector", ["Inspector"], [], ["인스펙터"], W),
  security("macie", "Amazon Macie", ["Macie"], [], ["메이시"]),
  security("detective", "Amazon Detective", ["Detective"], [], ["디텍티브"], W),
  security("security-hub", "AWS Security Hub", ["Security Hub"], [], ["시큐리티 허브", "보안 허브"]),
  security("security-lake", "Amazon Security Lake", ["Security Lake"]),
  security("audit-manager", "AWS Audit Manager", ["Audit Manager"]),
  security("artifact", "AWS Artifact", ["Artifact"], [], ["아티팩트"], W),
  security("verified-permissions", "Amazon Verified Permissions", ["Verified Permissions"]),
  security("payment-cryptography", "AWS Payment Cryptography", ["Payment Cryptography"]),
  security("signer", "AWS Signer", ["Signer"], [], [], W),
  security("security-incident-response", "AWS Security Incident Response", ["Security Incident Response"], [], [], W),
  security("iam-access-analyzer", "AWS IAM Access Analyzer", ["IAM Access Analyzer", "Access Analyzer"]),
  security("sts", "AWS Security Token Service", ["AWS STS", "Security Token Service"], ["STS"]),
];
