/** A list of AWS service names, to tell AWS notes from others and to recognise service-named headings. */

const SERVICES = [
  "EC2", "S3", "Lambda", "RDS", "Aurora", "DynamoDB", "CloudFront", "Route 53", "Route53", "VPC", "IAM", "SQS", "SNS",
  "SES", "EBS", "EFS", "FSx", "ECS", "EKS", "ECR", "Fargate", "Lightsail", "Batch", "Redshift", "Athena", "Glue", "EMR",
  "Kinesis", "QuickSight", "CloudWatch", "CloudTrail", "Config", "Inspector", "GuardDuty", "Macie", "Shield", "WAF",
  "KMS", "CloudHSM", "Cognito", "Organizations", "Control Tower", "Trusted Advisor", "Well-Architected", "CloudFormation",
  "Elastic Beanstalk", "CodePipeline", "CodeBuild", "CodeDeploy", "CodeCommit", "Cloud9", "X-Ray", "Step Functions",
  "EventBridge", "API Gateway", "AppSync", "Amplify", "SageMaker", "Comprehend", "Rekognition", "Polly", "Transcribe",
  "Translate", "Lex", "Textract", "Kendra", "Personalize", "Forecast", "Bedrock", "ElastiCache", "Elastic Cache",
  "MemoryDB", "Neptune", "DocumentDB", "Keyspaces", "Timestream", "QLDB", "Snowball", "Snowmobile", "Snowcone",
  "Storage Gateway", "DataSync", "Transfer Family", "Direct Connect", "Transit Gateway", "Global Accelerator",
  "PrivateLink", "Outposts", "Wavelength", "Local Zones", "Systems Manager", "Secrets Manager", "Certificate Manager",
  "Artifact", "Audit Manager", "Security Hub", "Detective", "Firewall Manager", "Directory Service", "SSO",
  "IAM Identity Center", "Backup", "Glacier", "MQ", "MSK", "Lake Formation", "OpenSearch", "Elasticsearch", "Data Pipeline",
  "AppFlow", "Auto Scaling", "ELB", "ALB", "NLB", "Elastic Load Balancing", "NAT Gateway", "Internet Gateway", "AMI",
  "Savings Plans", "Cost Explorer", "Budgets", "Pricing Calculator", "Compute Optimizer", "Health Dashboard",
  "Personal Health Dashboard", "Service Catalog", "License Manager", "Marketplace", "WorkSpaces", "AppStream", "Connect",
  "Pinpoint", "IoT Core", "Greengrass", "Ground Station", "Braket", "App Runner", "Copilot", "Proton", "CDK", "SAM",
  "OpsWorks", "Elastic Transcoder", "MediaConvert", "Kinesis Data Firehose", "Firehose", "Managed Blockchain",
  "Migration Hub", "Application Migration Service", "DMS", "Database Migration Service", "SCT", "Snow Family",
  "Resource Access Manager", "Control Tower", "Service Quotas", "Trusted Advisor", "Infrastructure Event Management",
];

const SINGLE = new Set<string>();
/** Multi-word names by their last word, so a text is checked once per word. */
const MULTI_BY_LAST = new Map<string, string[][]>();
for (const s of SERVICES) {
  const words = s.split(" ");
  if (words.length === 1) SINGLE.add(s);
  else {
    const last = words[words.length - 1] as string;
    MULTI_BY_LAST.set(last, [...(MULTI_BY_LAST.get(last) ?? []), words]);
  }
}
const ALL_FOLDED = new Set(SERVICES.map((s) => s.toLowerCase()));

/** True when the name is an AWS service, with or without its `Amazon`/`AWS` prefix. */
export function isAwsServiceName(name: string): boolean {
  const bare = name.replace(/^(?:Amazon|AWS)\s+/, "").replace(/\s*\(.*\)$/, "").trim().toLowerCase();
  return ALL_FOLDED.has(bare);
}

const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9-]*/g;

/** How many distinct AWS services a text names (stops counting at `enough`). One pass over the text. */
export function countAwsServices(text: string, enough = 3): number {
  const found = new Set<string>();
  const words: string[] = [];
  LATIN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LATIN_WORD.exec(text)) !== null) {
    const w = m[0];
    if (SINGLE.has(w) && w !== "Config" && w !== "Connect" && w !== "Batch" && w !== "Backup") found.add(w);
    words.push(w);
    if (words.length > 4) words.shift();
    for (const multi of MULTI_BY_LAST.get(w) ?? []) {
      const n = multi.length;
      if (n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = words[words.length - n + k] === multi[k];
      if (ok) found.add(multi.join(" "));
    }
    if (found.size >= enough) break;
  }
  return found.size;
}
