/** Catalogue data: Developer Tools and Management & Governance services. */
import { entryMaker } from "./entry";
import type { CatalogueEntry } from "./types";

const devtools = entryMaker("Developer Tools", "service");
const management = entryMaker("Management & Governance", "service");
/** Marks an entry whose bare name is an ordinary English word. */
const W = true;

/** Developer Tools and Management & Governance services. */
export const DEVTOOLS_MANAGEMENT_SERVICES: readonly CatalogueEntry[] = [
  // Developer Tools
  devtools("cloud9", "AWS Cloud9", ["Cloud9"], [], ["클라우드9", "클라우드 나인"]),
  devtools("cloudshell", "AWS CloudShell", ["CloudShell"], [], ["클라우드셸", "클라우드쉘"]),
  devtools("codeartifact", "AWS CodeArtifact", ["CodeArtifact"], [], ["코드아티팩트"]),
  devtools("codebuild", "AWS CodeBuild", ["CodeBuild"], [], ["코드빌드", "코드 빌드"]),
  devtools("codecatalyst", "Amazon CodeCatalyst", ["CodeCatalyst"]),
  devtools("codecommit", "AWS CodeCommit", ["CodeCommit"], [], ["코드커밋", "코드 커밋"]),
  devtools("codedeploy", "AWS CodeDeploy", ["CodeDeploy"], [], ["코드디플로이", "코드 디플로이"]),
  devtools("codepipeline", "AWS CodePipeline", ["CodePipeline"], [], ["코드파이프라인", "코드 파이프라인"]),
  devtools("codestar", "AWS CodeStar", ["CodeStar"], [], ["코드스타"]),
  devtools("codeguru", "Amazon CodeGuru", ["CodeGuru"], [], ["코드구루"]),
  devtools("x-ray", "AWS X-Ray", ["X-Ray"], [], ["엑스레이"], W),
  devtools("cdk", "AWS Cloud Development Kit", ["AWS CDK", "Cloud Development Kit"], ["CDK"]),
  devtools("cli", "AWS Command Line Interface", ["AWS CLI", "Command Line Interface"], ["CLI"], [], W),
  devtools("sdk", "AWS SDK", ["AWS SDKs"], [], [], W),
  devtools("sam", "AWS Serverless Application Model", ["AWS SAM", "Serverless Application Model"], ["SAM"], [], W),
  devtools("fault-injection-service", "AWS Fault Injection Service",
    ["Fault Injection Service", "AWS Fault Injection Simulator", "Fault Injection Simulator"], ["FIS"]),
  devtools("infrastructure-composer", "AWS Infrastructure Composer",
    ["Infrastructure Composer", "AWS Application Composer", "Application Composer"]),
  devtools("corretto", "Amazon Corretto", ["Corretto"]),
  devtools("q-developer", "Amazon Q Developer", ["Q Developer", "Amazon CodeWhisperer", "CodeWhisperer"], [], ["코드위스퍼러"]),
  devtools("proton", "AWS Proton", ["Proton"], [], [], W),

  // Management & Governance
  management("cloudwatch", "Amazon CloudWatch", ["CloudWatch"], [], ["클라우드워치", "클라우드 워치"]),
  management("cloudtrail", "AWS CloudTrail", ["CloudTrail"], [], ["클라우드트레일", "클라우드 트레일"]),
  management("config", "AWS Config", ["Config"], [], ["컨피그"], W),
  management("organizations", "AWS Organizations", ["Organizations"], [], ["오거나이제이션", "오거나이제이션스"], W),
  management("control-tower", "AWS Control Tower", ["Control Tower"], [], ["컨트롤 타워", "컨트롤타워"], W),
  management("systems-manager", "AWS Systems Manager",
    ["Systems Manager", "Amazon EC2 Systems Manager", "Simple Systems Manager"], ["SSM"], ["시스템 매니저", "시스템즈 매니저"]),
  management("cloudformation", "AWS CloudFormation", ["CloudFormation"], ["CFN"], ["클라우드포메이션", "클라우드 포메이션"]),
  management("service-catalog", "AWS Service Catalog", ["Service Catalog"], [], ["서비스 카탈로그"], W),
  management("trusted-advisor", "AWS Trusted Advisor", ["Trusted Advisor"], [], ["트러스티드 어드바이저"]),
  management("health-dashboard", "AWS Health Dashboard",
    ["Health Dashboard", "AWS Health", "AWS Personal Health Dashboard", "Personal Health Dashboard",
      "AWS Service Health Dashboard", "Service Health Dashboard"], ["PHD"], [], W),
  management("compute-optimizer", "AWS Compute Optimizer", ["Compute Optimizer"]),
  management("license-manager", "AWS License Manager", ["License Manager"], [], [], W),
  management("launch-wizard", "AWS Launch Wizard", ["Launch Wizard"]),
  management("opsworks", "AWS OpsWorks", ["OpsWorks"], [], ["옵스웍스"]),
  management("resource-groups", "AWS Resource Groups", ["Resource Groups"], [], [], W),
  management("chatbot", "AWS Chatbot", ["Chatbot", "Amazon Q Developer in chat applications"], [], [], W),
  management("managed-grafana", "Amazon Managed Grafana", ["Managed Grafana"], ["AMG"]),
  management("managed-prometheus", "Amazon Managed Service for Prometheus", ["Managed Service for Prometheus"], ["AMP"]),
  management("management-console", "AWS Management Console", ["Management Console", "AWS Console"], [],
    ["관리 콘솔", "매니지먼트 콘솔"], W),
  management("appconfig", "AWS AppConfig", ["AppConfig"]),
  management("well-architected-tool", "AWS Well-Architected Tool", ["Well-Architected Tool"]),
  management("cloud-control-api", "AWS Cloud Control API", ["Cloud Control API"]),
  management("resilience-hub", "AWS Resilience Hub", ["Resilience Hub"]),
  management("user-notifications", "AWS User Notifications", ["User Notifications"], [], [], W),
  management("distro-for-opentelemetry", "AWS Distro for OpenTelemetry", ["Distro for OpenTelemetry"], ["ADOT"]),
  management("resource-explorer", "AWS Resource Explorer", ["Resource Explorer"]),
  management("service-quotas", "Service Quotas", ["AWS Service Quotas"], [], [], W),
];
