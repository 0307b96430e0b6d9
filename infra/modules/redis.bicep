// Azure Cache for Redis: the SignalR backplane and tab presence shared by every instance of the host.
// The host takes a StackExchange.Redis connection string; it is written straight into Key Vault and
// reaches the host as a Key Vault reference, so it never appears in an output or an app setting.

@description('Cache name, unique in Azure.')
param name string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Basic (no replica, dev) or Standard (replicated, production).')
@allowed([
  'Basic'
  'Standard'
])
param skuName string

@description('Size: 0 = C0 (250 MB) ... 6 = C6.')
@minValue(0)
@maxValue(6)
param capacity int

@description('The Key Vault that receives the connection string.')
param keyVaultName string

resource cache 'Microsoft.Cache/redis@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: skuName
      family: 'C'
      capacity: capacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    redisVersion: '6'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: keyVaultName
}

resource connectionString 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'Tabs--Redis'
  properties: {
    value: '${cache.properties.hostName}:${cache.properties.sslPort},password=${cache.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

@description('Key Vault reference to the connection string: the Tabs__Redis app setting.')
output connectionStringReference string = '@Microsoft.KeyVault(SecretUri=${connectionString.properties.secretUri})'

@description('Cache host name.')
output hostName string = cache.properties.hostName
