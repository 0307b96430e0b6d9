// prod: three zone-redundant instances, zone-redundant storage, a replicated Redis, the paid bot tier and
// purge-protected Key Vault (from environmentName). The tab SSO app comes from the environment.
using 'main.bicep'

param environmentName = 'prod'
param appServiceSkuName = 'P1v3'
param instanceCount = 3
param zoneRedundant = true
param storageSkuName = 'Standard_ZRS'
param redisSkuName = 'Standard'
param redisCapacity = 1
param botSkuName = 'S1'
param logRetentionInDays = 90
param tabSsoClientId = readEnvironmentVariable('AAD_APP_CLIENT_ID', '')
param tabSsoClientSecret = readEnvironmentVariable('SECRET_AAD_APP_CLIENT_SECRET', '')
