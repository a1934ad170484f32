-- Version 9: the sample notebook.
-- Customers written by "Look around with a sample notebook" are listed
-- here, so the window can mark them and remove them all in one step.
-- Erasing a customer erases their mark with them.
CREATE TABLE sample_customers (
    customer_pk INTEGER PRIMARY KEY REFERENCES customers(pk) ON DELETE CASCADE
);
