/** The shape of the built-in AWS service catalogue: services and the core concepts students define. */

/** AWS's service-list categories. */
export type ServiceCategory =
  | "Analytics"
  | "Application Integration"
  | "Blockchain"
  | "Business Applications"
  | "Cloud Financial Management"
  | "Compute"
  | "Containers"
  | "Customer Enablement"
  | "Database"
  | "Developer Tools"
  | "End User Computing"
  | "Front-End Web & Mobile"
  | "Game Tech"
  | "Internet of Things"
  | "Machine Learning"
  | "Management & Governance"
  | "Media Services"
  | "Migration & Transfer"
  | "Networking & Content Delivery"
  | "Quantum Technologies"
  | "Satellite"
  | "Security, Identity & Compliance"
  | "Storage";

/** One AWS service or core concept. */
export interface CatalogueEntry {
  /** Stable id by meaning, kebab-case, unique: "lambda", "sqs", "security-group". */
  id: string;
  /** The full name as AWS writes it, with its Amazon/AWS prefix where AWS uses one: "AWS Lambda", "Amazon Simple Queue Service", "Security Group". */
  name: string;
  /** Other English names: the short name with prefix ("Amazon SQS"), without prefix ("SQS", "Lambda"), expansions ("Simple Queue Service"), old names. Abbreviations go in `abbreviations`. */
  names: string[];
  /** Abbreviations and acronyms as written: ["SQS"], ["EC2"], ["NACL"], ["AZ"]. */
  abbreviations: string[];
  /** Korean names students write. */
  korean: string[];
  category: ServiceCategory;
  /** "service" for an AWS service, "concept" for a feature or concept of one. */
  kind: "service" | "concept";
  /** True when a name of the entry without its Amazon/AWS prefix is an ordinary English word ("Config", "Connect", "Batch"). Such a bare word alone must not identify the service in prose. */
  commonWord?: boolean;
}
