// The Azure Bot registration with the Teams channel. Its identity is the host's user-assigned managed
// identity (msaAppType UserAssignedMSI): single tenant, no secret to rotate. New multi-tenant bots can no
// longer be created.

@description('Bot resource name (2-64 letters, digits, hyphens, underscores).')
param name string

@description('Name shown in Teams.')
param displayName string

@description('Tags put on every resource.')
param tags object

@description('F0 (free, standard channels only) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('The messaging endpoint: https://<host>/api/messages.')
param endpoint string

@description('Client id of the managed identity: the bot app id.')
param appId string

@description('Tenant of the managed identity.')
param appTenantId string

@description('Resource id of the managed identity.')
param identityId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: 'UserAssignedMSI'
    msaAppTenantId: appTenantId
    msaAppMSIResourceId: identityId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Bot resource name.')
output name string = bot.name
