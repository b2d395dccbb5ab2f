/**
 * What staff and customers type into search, and the service page each query must bring up among the
 * first three results: by name, by short name or abbreviation, and by what the service does. Shared by
 * the search-quality test and the bench, so that the bench times the queries the test checks.
 */
export interface QualityCase {
  query: string;
  /** The service page's slug (`/services/<slug>/`). */
  expect: string;
  by: 'name' | 'abbreviation' | 'function' | 'later name' | 'typo';
}

export const qualityCases: QualityCase[] = [
  // By name, as people half-remember it.
  { query: 'Amazon Simple Storage Service', expect: 'amazon-simple-storage-service-s3', by: 'name' },
  { query: 'Elastic Beanstalk', expect: 'aws-elastic-beanstalk', by: 'name' },
  { query: 'CloudTrail', expect: 'aws-cloudtrail', by: 'name' },
  { query: 'lambda', expect: 'aws-lambda', by: 'name' },
  { query: 'Route 53', expect: 'amazon-route-53', by: 'name' },
  { query: 'dynamodb', expect: 'amazon-dynamodb', by: 'name' },
  { query: 'CloudFront', expect: 'amazon-cloudfront', by: 'name' },
  { query: 'glacier', expect: 'amazon-glacier', by: 'name' },
  { query: 'Systems Manager', expect: 'amazon-ec2-systems-manager', by: 'name' },
  { query: 'cloudwatch', expect: 'amazon-cloudwatch-logs', by: 'name' },
  // By abbreviation or short name.
  { query: 'S3', expect: 'amazon-simple-storage-service-s3', by: 'abbreviation' },
  { query: 'EC2', expect: 'amazon-elastic-compute-cloud-ec2', by: 'abbreviation' },
  { query: 'KMS', expect: 'aws-key-management-service-kms', by: 'abbreviation' },
  { query: 'IAM', expect: 'aws-identity-and-access-management-iam', by: 'abbreviation' },
  { query: 'SQS', expect: 'amazon-simple-queue-service-sqs', by: 'abbreviation' },
  { query: 'SNS', expect: 'amazon-simple-notification-service-sns', by: 'abbreviation' },
  { query: 'rds', expect: 'amazon-relational-database-service-rds', by: 'abbreviation' },
  { query: 'VPC', expect: 'amazon-virtual-private-cloud-vpc', by: 'abbreviation' },
  { query: 'EBS', expect: 'amazon-elastic-block-store-ebs', by: 'abbreviation' },
  { query: 'EFS', expect: 'amazon-elastic-file-system-efs', by: 'abbreviation' },
  { query: 'EMR', expect: 'amazon-elastic-mapreduce-emr', by: 'abbreviation' },
  { query: 'ECS', expect: 'amazon-ec2-container-service-ecs', by: 'abbreviation' },
  { query: 'ECR', expect: 'amazon-ec2-container-registry-ecr', by: 'abbreviation' },
  { query: 'SES', expect: 'amazon-simple-email-service-ses', by: 'abbreviation' },
  { query: 'SWF', expect: 'amazon-simple-workflow-service-swf', by: 'abbreviation' },
  { query: 'WAF', expect: 'aws-web-application-firewall-waf', by: 'abbreviation' },
  { query: 'DMS', expect: 'aws-database-migration-service-dms', by: 'abbreviation' },
  { query: 'Amazon S3', expect: 'amazon-simple-storage-service-s3', by: 'abbreviation' },
  { query: 'AWS KMS', expect: 'aws-key-management-service-kms', by: 'abbreviation' },
  // By what the service does.
  { query: 'DNS', expect: 'amazon-route-53', by: 'function' },
  { query: 'encryption keys', expect: 'aws-key-management-service-kms', by: 'function' },
  { query: 'data warehouse', expect: 'amazon-redshift', by: 'function' },
  { query: 'DDoS protection', expect: 'aws-shield', by: 'function' },
  { query: 'hardware security module', expect: 'aws-cloudhsm', by: 'function' },
  { query: 'docker containers', expect: 'amazon-ec2-container-service-ecs', by: 'function' },
  { query: 'NoSQL', expect: 'amazon-dynamodb', by: 'function' },
  { query: 'in-memory cache', expect: 'amazon-elasticache', by: 'function' },
  { query: 'archive', expect: 'amazon-glacier', by: 'function' },
  { query: 'load balancer', expect: 'elastic-load-balancing', by: 'function' },
  { query: 'dedicated network connection', expect: 'aws-direct-connect', by: 'function' },
  { query: 'user sign-up', expect: 'amazon-cognito', by: 'function' },
  { query: 'send email', expect: 'amazon-simple-email-service-ses', by: 'function' },
  { query: 'contact center', expect: 'amazon-connect', by: 'function' },
  { query: 'streaming data', expect: 'amazon-kinesis-streams', by: 'function' },
  { query: 'Active Directory', expect: 'aws-directory-service-for-microsoft-active-directory', by: 'function' },
  { query: 'migrate databases', expect: 'aws-database-migration-service-dms', by: 'function' },
  { query: 'vulnerabilities', expect: 'amazon-inspector', by: 'function' },
  { query: 'firewall', expect: 'aws-web-application-firewall-waf', by: 'function' },
  { query: 'message queue', expect: 'amazon-simple-queue-service-sqs', by: 'function' },
  { query: 'API calls', expect: 'aws-cloudtrail', by: 'function' },
  { query: 'relational database', expect: 'amazon-relational-database-service-rds', by: 'function' },
  { query: 'calendar', expect: 'amazon-workmail', by: 'function' },
  { query: 'desktop', expect: 'amazon-workspaces', by: 'function' },
  { query: 'sensors', expect: 'aws-iot-platform', by: 'function' },
  { query: 'run code without servers', expect: 'aws-lambda', by: 'function' },
  { query: 'templates', expect: 'aws-cloudformation', by: 'function' },
  { query: 'OS patches', expect: 'amazon-ec2-systems-manager', by: 'function' },
  // By the publisher's aliases (content/<period>/search-aliases.yaml): abbreviations and plain words.
  { query: 'ELB', expect: 'elastic-load-balancing', by: 'abbreviation' },
  { query: 'SSM', expect: 'amazon-ec2-systems-manager', by: 'abbreviation' },
  { query: 'serverless functions', expect: 'aws-lambda', by: 'function' },
  { query: 'cdn', expect: 'amazon-cloudfront', by: 'function' },
  { query: 'redis', expect: 'amazon-elasticache', by: 'function' },
  { query: 'virtual machines', expect: 'amazon-elastic-compute-cloud-ec2', by: 'function' },
  // By the names services had later.
  { query: 'elastic container registry', expect: 'amazon-ec2-container-registry-ecr', by: 'later name' },
  { query: 'elastic container service', expect: 'amazon-ec2-container-service-ecs', by: 'later name' },
  { query: 'AWS Systems Manager', expect: 'amazon-ec2-systems-manager', by: 'later name' },
  { query: 'Kinesis Data Streams', expect: 'amazon-kinesis-streams', by: 'later name' },
  { query: 'S3 Glacier', expect: 'amazon-glacier', by: 'later name' },
  // Run together.
  { query: 'route53', expect: 'amazon-route-53', by: 'typo' },
];

/** Words the report never uses, alone or in a query: search finds nothing for them (no page by a truncated word). */
export const neverUsed = ['blockchain', 'kubernetes', 'quantum', 'lamda', 'dynamdb', 'blockchain storage'];

/** Typos and the suggestion "did you mean" must offer first. */
export const typoCases: { query: string; first: string }[] = [
  { query: 'lamda', first: 'lambda' },
  { query: 'dynamdb', first: 'dynamodb' },
  { query: 'cloudfromt', first: 'cloudfront' },
  { query: 'redshfit', first: 'redshift' },
  { query: 'encription', first: 'encryption' },
  { query: 'data warehose', first: 'data warehouse' },
];
