// Key Vault for the few secrets there are (the Redis access key, the tab SSO client secret). Access by
// Azure RBAC only; the host reads secrets through Key Vault references with its managed identity.

@description('Key Vault name: 3-24 letters, digits and hyphens, unique in Azure.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Principal (object) id of the managed identity that reads the secrets.')
param readerPrincipalId string

@description('True in production: a deleted vault cannot be purged before its retention ends.')
param enablePurgeProtection bool

@description('The tab SSO app client secret (for the on-behalf-of call to Graph).')
@secure()
param tabSsoClientSecret string

@description('True when tabSsoClientSecret is given and is to be stored.')
param storeTabSsoClientSecret bool

// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource ssoSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (storeTabSsoClientSecret) {
  parent: vault
  name: 'TabAuth--ClientSecret'
  properties: {
    value: tabSsoClientSecret
  }
}

@description('Key Vault name, for the modules that add secrets.')
output name string = vault.name

@description('Vault address, e.g. https://name.vault.azure.net/.')
output uri string = vault.properties.vaultUri

@description('Key Vault reference for the tab SSO client secret, or empty when none is stored.')
output tabSsoClientSecretReference string = !storeTabSsoClientSecret ? '' : '@Microsoft.KeyVault(SecretUri=${ssoSecret!.properties.secretUri})'
