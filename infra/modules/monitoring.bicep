// Application Insights (workspace-based) for the host: requests, dependencies and logs.

@description('Prefix of the resource names.')
param namePrefix string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Days the logs are kept.')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is sent with the connection string only; no instrumentation-key-only ingestion.
    DisableLocalAuth: false
  }
}

@description('Connection string for APPLICATIONINSIGHTS_CONNECTION_STRING (an ingestion address, not a secret).')
output connectionString string = insights.properties.ConnectionString
