// The one host (bot/TeamsJourney.Bot: /api/messages, the tab, the task pane) on App Service for Linux,
// .NET 10, at least two instances behind the platform's load balancer. Sticky sessions stay on because
// SignalR needs them for any transport other than WebSockets without negotiation.

@description('Web app name; the host is reached at https://<name>.azurewebsites.net.')
param name string

@description('App Service plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Plan size (Premium v3 for zone redundancy and at least two instances).')
param skuName string

@description('Instances the plan runs: two or more, so a restart or an instance loss never stops a workshop.')
@minValue(2)
param instanceCount int

@description('Spread the instances over availability zones (needs a region with zones).')
param zoneRedundant bool

@description('Resource id of the user-assigned identity the host runs as.')
param identityId string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
    zoneRedundant: zoneRedundant
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

// Deployments authenticate with Entra (az webapp deploy), never with publishing passwords.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Resource id of the web app (the zip deploy target).')
output id string = site.id

@description('Web app name.')
output name string = site.name

@description('The host name Teams and Office reach: TAB_DOMAIN.')
output defaultHostName string = site.properties.defaultHostName
