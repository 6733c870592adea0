/**
 * Catalogue data: Application Integration, Business Applications, Cloud Financial Management, Customer Enablement,
 * End User Computing, Front-End Web & Mobile and Game Tech services.
 */
import { entryMaker } from "./entry";
import type { CatalogueEntry } from "./types";

const integration = entryMaker("Application Integration", "service");
const business = entryMaker("Business Applications", "service");
const finance = entryMaker("Cloud Financial Management", "service");
const enablement = entryMaker("Customer Enablement", "service");
const endUser = entryMaker("End User Computing", "service");
const frontEnd = entryMaker("Front-End Web & Mobile", "service");
const games = entryMaker("Game Tech", "service");
/** Marks an entry whose bare name is an ordinary English word. */
const W = true;

/** Application, business, billing, enablement, end-user, front-end and game services. */
export const APPLICATION_SERVICES: readonly CatalogueEntry[] = [
  // Application Integration
  integration("sqs", "Amazon Simple Queue Service", ["Amazon SQS", "Simple Queue Service"], ["SQS"]),
  integration("sns", "Amazon Simple Notification Service", ["Amazon SNS", "Simple Notification Service"], ["SNS"]),
  integration("mq", "Amazon MQ", [], ["MQ"], [], W),
  integration("eventbridge", "Amazon EventBridge", ["EventBridge", "Amazon CloudWatch Events", "CloudWatch Events"], [],
    ["이벤트브릿지", "이벤트 브릿지", "이벤트브리지"]),
  integration("step-functions", "AWS Step Functions", ["Step Functions"], [], ["스텝 펑션", "스텝 펑션스", "스텝펑션"]),
  integration("appflow", "Amazon AppFlow", ["AppFlow"]),
  integration("mwaa", "Amazon Managed Workflows for Apache Airflow", ["Amazon MWAA", "Managed Workflows for Apache Airflow"], ["MWAA"]),
  integration("swf", "Amazon Simple Workflow Service", ["Amazon SWF", "Simple Workflow Service"], ["SWF"]),
  integration("b2b-data-interchange", "AWS B2B Data Interchange", ["B2B Data Interchange"]),

  // Business Applications
  business("connect", "Amazon Connect", ["Connect"], [], [], W),
  business("chime", "Amazon Chime", ["Chime"], [], [], W),
  business("chime-sdk", "Amazon Chime SDK", ["Chime SDK"]),
  business("ses", "Amazon Simple Email Service", ["Amazon SES", "Simple Email Service"], ["SES"]),
  business("pinpoint", "Amazon Pinpoint", ["Pinpoint"], [], [], W),
  business("end-user-messaging", "AWS End User Messaging", ["End User Messaging"]),
  business("workmail", "Amazon WorkMail", ["WorkMail"]),
  business("workdocs", "Amazon WorkDocs", ["WorkDocs"]),
  business("supply-chain", "AWS Supply Chain", ["Supply Chain"], [], [], W),
  business("wickr", "AWS Wickr", ["Wickr"]),
  business("appfabric", "AWS AppFabric", ["AppFabric"]),
  business("q-business", "Amazon Q Business", ["Q Business"]),

  // Cloud Financial Management
  finance("billing-and-cost-management", "AWS Billing and Cost Management", ["Billing and Cost Management", "AWS Billing"], [],
    ["결제 및 비용 관리"]),
  finance("cost-explorer", "AWS Cost Explorer", ["Cost Explorer"], [], ["비용 탐색기"]),
  finance("budgets", "AWS Budgets", ["Budgets"], [], [], W),
  finance("cost-and-usage-report", "AWS Cost and Usage Report", ["Cost and Usage Report", "AWS CUR"], ["CUR"], ["비용 및 사용 보고서"]),
  finance("cost-anomaly-detection", "AWS Cost Anomaly Detection", ["Cost Anomaly Detection"], [], ["비용 이상 탐지"]),
  finance("pricing-calculator", "AWS Pricing Calculator", ["Pricing Calculator"], [], ["요금 계산기"]),
  finance("billing-conductor", "AWS Billing Conductor", ["Billing Conductor"]),
  finance("cost-optimization-hub", "AWS Cost Optimization Hub", ["Cost Optimization Hub"]),
  finance("tco-calculator", "AWS TCO Calculator",
    ["TCO Calculator", "AWS Total Cost of Ownership Calculator", "Total Cost of Ownership Calculator"], [], ["TCO 계산기"]),

  // Customer Enablement
  enablement("iq", "AWS IQ", [], ["IQ"], [], W),
  enablement("managed-services", "AWS Managed Services", ["Managed Services"], ["AMS"], [], W),
  enablement("professional-services", "AWS Professional Services", ["Professional Services"], [], [], W),
  enablement("repost", "AWS re:Post", ["re:Post"]),
  enablement("support", "AWS Support", ["Support"], [], [], W),
  enablement("training-and-certification", "AWS Training and Certification", ["Training and Certification"], [], [], W),
  enablement("skill-builder", "AWS Skill Builder", ["Skill Builder"], [], ["스킬 빌더"]),
  enablement("activate", "AWS Activate", ["Activate"], [], [], W),
  enablement("marketplace", "AWS Marketplace", ["Marketplace"], [], [], W),
  enablement("partner-network", "AWS Partner Network", ["Partner Network"], ["APN"]),
  enablement("incident-detection-and-response", "AWS Incident Detection and Response", ["Incident Detection and Response"]),
  enablement("educate", "AWS Educate", ["Educate"], [], [], W),

  // End User Computing
  endUser("workspaces", "Amazon WorkSpaces", ["WorkSpaces"], [], ["워크스페이스"], W),
  endUser("appstream", "Amazon AppStream 2.0", ["AppStream 2.0", "Amazon AppStream", "AppStream"], [], ["앱스트림"]),
  endUser("workspaces-secure-browser", "Amazon WorkSpaces Secure Browser",
    ["WorkSpaces Secure Browser", "Amazon WorkSpaces Web", "WorkSpaces Web"]),
  endUser("workspaces-thin-client", "Amazon WorkSpaces Thin Client", ["WorkSpaces Thin Client"]),
  endUser("dcv", "Amazon DCV", ["NICE DCV"], ["DCV"]),

  // Front-End Web & Mobile
  frontEnd("amplify", "AWS Amplify", ["Amplify"], [], ["앰플리파이"], W),
  frontEnd("appsync", "AWS AppSync", ["AppSync"], [], ["앱싱크"]),
  frontEnd("device-farm", "AWS Device Farm", ["Device Farm"], [], ["디바이스 팜"]),
  frontEnd("location-service", "Amazon Location Service", ["Location Service"], [], [], W),

  // Game Tech
  games("gamelift", "Amazon GameLift Servers", ["Amazon GameLift", "GameLift", "GameLift Servers"], [], ["게임리프트"]),
  games("gamelift-streams", "Amazon GameLift Streams", ["GameLift Streams"]),
  games("lumberyard", "Amazon Lumberyard", ["Lumberyard"], [], [], W),
  games("sumerian", "Amazon Sumerian", ["Sumerian"]),
];
