-- fix the typo and rename premium; the column default follows the value (it's stored by OID)
alter type plan_tier rename value 'enterprize' to 'enterprise';
ALTER TYPE plan_tier RENAME VALUE 'premium' TO 'pro';
alter type plan_tier rename to subscription_tier;
