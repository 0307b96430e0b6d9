// TeamsJourney on Azure, in one resource group: the one host on App Service (Linux, .NET 10, two or more
// instances), the Azure Bot with the Teams channel, Table storage reached by managed identity (no account
// keys), Azure Cache for Redis as the SignalR backplane, Key Vault for the secrets there are, and
// Application Insights. The app settings are written from the modules' outputs.
//
//   az deployment group create --resource-group <rg> --parameters infra/main.dev.bicepparam
targetScope = 'resourceGroup'

@description('The environment: names, sizes and protection follow from it.')
@allowed([
  'dev'
  'prod'
])
param environmentName string

@description('Azure region of every regional resource (the bot is global).')
param location string = resourceGroup().location

@description('Short name put in every resource name.')
@minLength(2)
@maxLength(6)
param appName string = 'tj'

@description('Suffix that makes the global names (storage, Key Vault, web app) unique.')
@minLength(3)
@maxLength(6)
param resourceSuffix string = take(uniqueString(resourceGroup().id), 6)

@description('App Service plan size.')
param appServiceSkuName string = 'P0v3'

@description('Host instances: at least two.')
@minValue(2)
param instanceCount int = 2

@description('Spread the host instances over availability zones.')
param zoneRedundant bool = false

@description('Storage replication.')
param storageSkuName string = 'Standard_LRS'

@description('Prefix of the table names (Storage__TablePrefix).')
param tablePrefix string = 'TeamsJourney'

@description('Azure Cache for Redis tier: Basic (dev) or Standard (replicated).')
@allowed([
  'Basic'
  'Standard'
])
param redisSkuName string = 'Basic'

@description('Azure Cache for Redis size (0 = C0).')
@minValue(0)
@maxValue(6)
param redisCapacity int = 0

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSkuName string = 'F0'

@description('Days Application Insights keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Client id of the Entra app the tab and the Office task pane sign in with (Teams/Office SSO). Required: without it (and its secret) the host refuses to start and logs which settings are missing.')
param tabSsoClientId string = ''

@description('Client secret of that app, for the on-behalf-of call to Graph; stored in Key Vault.')
@secure()
param tabSsoClientSecret string = ''

@description('Tags put on every resource.')
param tags object = {
  application: 'TeamsJourney'
  environment: environmentName
}

var names = {
  identity: 'id-${appName}-${environmentName}-${resourceSuffix}'
  monitoring: '${appName}-${environmentName}-${resourceSuffix}'
  storage: toLower('st${appName}${environmentName}${resourceSuffix}')
  keyVault: 'kv-${appName}-${environmentName}-${resourceSuffix}'
  redis: 'redis-${appName}-${environmentName}-${resourceSuffix}'
  plan: 'plan-${appName}-${environmentName}-${resourceSuffix}'
  webApp: 'app-${appName}-${environmentName}-${resourceSuffix}'
  bot: 'bot-${appName}-${environmentName}-${resourceSuffix}'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    namePrefix: names.monitoring
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    skuName: storageSkuName
    tableDataPrincipalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    enablePurgeProtection: environmentName == 'prod'
    tabSsoClientSecret: tabSsoClientSecret
    storeTabSsoClientSecret: !empty(tabSsoClientSecret)
  }
}

module redis 'modules/redis.bicep' = {
  name: 'redis'
  params: {
    name: names.redis
    location: location
    tags: tags
    skuName: redisSkuName
    capacity: redisCapacity
    keyVaultName: names.keyVault
  }
  dependsOn: [
    keyVault
  ]
}

module host 'modules/appservice.bicep' = {
  name: 'host'
  params: {
    name: names.webApp
    planName: names.plan
    location: location
    tags: tags
    skuName: appServiceSkuName
    instanceCount: instanceCount
    zoneRedundant: zoneRedundant
    identityId: identity.outputs.id
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: environmentName == 'prod' ? 'TeamsJourney' : 'TeamsJourney (${environmentName})'
    tags: tags
    skuName: botSkuName
    endpoint: 'https://${host.outputs.defaultHostName}/api/messages'
    appId: identity.outputs.clientId
    appTenantId: identity.outputs.tenantId
    identityId: identity.outputs.id
  }
}

var publicUrl = 'https://${host.outputs.defaultHostName}'

// Settings the host reads (configuration keys with ':' written as '__'). Tab SSO settings only when an app is given.
var hostSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  Host__PublicUrl: publicUrl
  Storage__Provider: 'AzureTables'
  Storage__TablesEndpoint: storage.outputs.tablesEndpoint
  Storage__ManagedIdentityClientId: identity.outputs.clientId
  Storage__TablePrefix: tablePrefix
  Tabs__Redis: redis.outputs.connectionStringReference
  // The published host serves the tab and task pane from tabs/web/dist, copied beside it as tab-web/.
  Tabs__WebRoot: 'tab-web'
  Bot__AppId: identity.outputs.clientId
  Bot__TenantId: identity.outputs.tenantId
  Bot__ManagedIdentityClientId: identity.outputs.clientId
  // /home is shared by every instance, so a document written by one is served by all.
  Documents__LocalFolder: '/home/data/documents'
}
var ssoSettings = empty(tabSsoClientId)
  ? {}
  : {
      TabAuth__ClientId: tabSsoClientId
      TabAuth__TenantId: tenant().tenantId
      TabAuth__Audiences__0: 'api://${host.outputs.defaultHostName}/${tabSsoClientId}'
    }
var ssoSecretSettings = empty(tabSsoClientSecret)
  ? {}
  : {
      TabAuth__ClientSecret: keyVault.outputs.tabSsoClientSecretReference
    }

module appSettings 'modules/appsettings.bicep' = {
  name: 'appSettings'
  params: {
    webAppName: names.webApp
    settings: union(hostSettings, ssoSettings, ssoSecretSettings)
  }
}

@description('TAB_DOMAIN of the Teams app package: the host name.')
output tabDomain string = host.outputs.defaultHostName

@description('TAB_ENDPOINT: the host address.')
output tabEndpoint string = publicUrl

@description('The messaging endpoint registered on the Azure Bot.')
output botEndpoint string = 'https://${host.outputs.defaultHostName}/api/messages'

@description('BOT_ID of the Teams app package: the managed identity client id (Bot__AppId).')
output botId string = identity.outputs.clientId

@description('BOT_TENANT_ID (Bot__TenantId).')
output botTenantId string = identity.outputs.tenantId

@description('The web app to zip-deploy the host to.')
output webAppName string = host.outputs.name

@description('Resource id of the web app.')
output webAppResourceId string = host.outputs.id

@description('Storage__TablesEndpoint.')
output tablesEndpoint string = storage.outputs.tablesEndpoint

@description('Key Vault address.')
output keyVaultUri string = keyVault.outputs.uri

@description('The names of the app settings written (values stay on the web app).')
output appSettingNames array = objectKeys(union(hostSettings, ssoSettings, ssoSecretSettings))
